package org.s3coop.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void theDataLivesInDotS3coopLocalUnlessS3coopLocalHomeSaysOtherwise() {
        assertThat(Settings.of(Map.of(), Path.of("/repo")).home).isEqualTo(Path.of("/repo/.s3coop-local"));
        Settings relative = Settings.of(Map.of("S3COOP_LOCAL_HOME", "target/it-home"), Path.of("/repo"));
        assertThat(relative.home).isEqualTo(Path.of("/repo/target/it-home"));
        assertThat(relative.pgDataDir()).isEqualTo(Path.of("/repo/target/it-home/pgdata"));
        assertThat(Settings.of(Map.of("S3COOP_LOCAL_HOME", "/var/tmp/s3"), Path.of("/repo")).keysDir())
                .isEqualTo(Path.of("/var/tmp/s3/keys"));
    }

    @Test
    void aPortThatIsNotOneIsRefusedWithItsVariable() {
        assertThatThrownBy(() -> Settings.of(Map.of("S3COOP_PG_PORT", "70000"), Path.of("/repo")))
                .hasMessage("S3COOP_PG_PORT must be a TCP port (1-65535), not 70000");
    }
}
