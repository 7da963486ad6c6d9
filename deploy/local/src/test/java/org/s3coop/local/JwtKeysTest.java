package org.s3coop.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JwtKeysTest {

    @Test
    void aKeyPairIsGeneratedOnceAndThenReused(@TempDir Path dir) throws Exception {
        JwtKeys first = JwtKeys.loadOrGenerate(dir);
        assertThat(first.generated()).isTrue();
        assertThat(first.replaced()).isNull();
        String publicKey = Files.readString(dir.resolve("publicKey.pem"));

        JwtKeys again = JwtKeys.loadOrGenerate(dir);
        assertThat(again.generated()).isFalse();
        assertThat(Files.readString(dir.resolve("publicKey.pem"))).isEqualTo(publicKey);
        assertThat(again.admin()).isNotBlank();
    }

    @Test
    void aKeyInAnotherFormatIsSetAsideAndReplaced(@TempDir Path dir) throws Exception {
        JwtKeys.loadOrGenerate(dir);
        Files.writeString(dir.resolve("privateKey.pem"), "-----BEGIN RSA PRIVATE KEY-----\nMIIBOgIBAAJBAKj34GkxFhD9\n-----END RSA PRIVATE KEY-----\n");

        JwtKeys keys = JwtKeys.loadOrGenerate(dir);
        assertThat(keys.generated()).isTrue();
        assertThat(keys.replaced()).isEqualTo("privateKey.pem is not an RSA private key in PKCS#8 PEM");
        assertThat(dir.resolve("privateKey.pem.stale")).content().contains("BEGIN RSA PRIVATE KEY");
        assertThat(dir.resolve("publicKey.pem.stale")).exists();
        assertThat(JwtKeys.loadOrGenerate(dir).generated()).as("the new pair is usable").isFalse();
    }

    @Test
    void halvesOfTwoDifferentPairsAreReplaced(@TempDir Path a, @TempDir Path b) throws Exception {
        JwtKeys.loadOrGenerate(a);
        JwtKeys.loadOrGenerate(b);
        Files.copy(b.resolve("publicKey.pem"), a.resolve("publicKey.pem"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertThat(JwtKeys.loadOrGenerate(a).replaced()).isEqualTo("publicKey.pem is not the public half of privateKey.pem");
    }

    @Test
    void aLonePrivateKeyIsReplacedWithAReason(@TempDir Path dir) throws Exception {
        JwtKeys.loadOrGenerate(dir);
        Files.delete(dir.resolve("publicKey.pem"));

        assertThat(JwtKeys.loadOrGenerate(dir).replaced()).isEqualTo("publicKey.pem was missing");
    }
}
