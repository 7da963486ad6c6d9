package org.s3coop.partnership.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The rights table ({@link PartnershipAction}): what DESIGN.md section 8 says, and the table docs/partnership-service.md shows. */
class PartnershipActionTest {

    @Test
    void theLeadsRunThePartnershipAndARegionsEditorsItsOwnPart() {
        assertThat(Arrays.stream(PartnershipAction.values()).filter(a -> a.leads && !a.region).map(Enum::name))
                .containsExactly("INVITE_MEMBER", "CHANGE_MEMBER_ROLE", "RECORD_EVIDENCE", "ADVANCE", "REVERT", "HOLD",
                        "RESUME", "CLOSE", "DISMISS_RESCOPING", "RECORD_PROJECT", "MOVE_PROJECT",
                        "RECORD_REPORT", "SUBMIT_REPORT");
        assertThat(Arrays.stream(PartnershipAction.values()).filter(a -> a.leads && a.region).map(Enum::name))
                .containsExactly("CHANGE_CONTRIBUTION", "REMOVE_MEMBER", "ADD_PARTICIPANT", "UPDATE_PARTICIPANT",
                        "REMOVE_PARTICIPANT", "RECORD_LETTER", "REMOVE_LETTER");
        assertThat(Arrays.stream(PartnershipAction.values()).filter(a -> !a.leads).map(Enum::name))
                .as("only the region itself proposes, accepts or declines").containsExactly("PROPOSE", "DECIDE_INVITATION");
        for (TransitionAction t : TransitionAction.values()) {
            assertThat(t.right().name()).isEqualTo(t.name());
        }
    }

    @Test
    void docsPartnershipServiceShowsThisTable() throws IOException {
        String doc = Files.readString(doc());
        int begin = doc.indexOf("<!-- rights:begin -->");
        int end = doc.indexOf("<!-- rights:end -->");
        assertThat(begin).as("rights markers in docs/partnership-service.md").isNotNegative().isLessThan(end);
        List<String> rows = doc.substring(begin, end).lines().filter(l -> l.startsWith("| `")).toList();
        List<String> expected = new ArrayList<>();
        for (PartnershipAction a : PartnershipAction.values()) {
            expected.add("| `" + a + "` | " + a.what + " | yes | " + (a.leads ? "yes" : "—") + " | "
                    + (a.region ? "yes" : "—") + " |");
        }
        assertThat(rows).isEqualTo(expected);
    }

    static Path doc() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("docs/partnership-service.md");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("docs/partnership-service.md not found above " + Path.of("").toAbsolutePath());
    }
}
