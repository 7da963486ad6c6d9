package org.s3coop.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.s3coop.platform.problem.PlatformProblem;
import org.s3coop.platform.problem.ProblemType;

/**
 * The problem-type table of docs/api.md (between {@code <!-- problem-types:begin -->} and {@code end}), checked
 * against the code: a service's test calls {@link #assertDocuments} with its catalogue, so a type added, renamed
 * or re-statused in code without the table (or the reverse) fails the build.
 */
public final class ProblemCatalogueDoc {
    private static final Pattern ROW = Pattern.compile("^\\| ([a-z-]+) \\| `([a-z-]+)` \\| (\\d{3}) \\| ([^|]+) \\|$");

    private ProblemCatalogueDoc() {
    }

    /** One row of the table. */
    public record Row(String service, String slug, int status, String title) {
        static Row of(String service, ProblemType type) {
            return new Row(service, type.slug(), type.status(), type.title());
        }
    }

    /**
     * Asserts that the rows of {@code service} are exactly {@code catalogue}'s types, and the rows of {@code all}
     * exactly {@link PlatformProblem}'s.
     */
    public static void assertDocuments(String service, ProblemType[] catalogue) {
        List<Row> rows = rows();
        assertThat(rows.stream().filter(r -> r.service().equals(service)).toList())
                .as("docs/api.md problem types of %s", service)
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(catalogue).map(t -> Row.of(service, t)).toList());
        assertThat(rows.stream().filter(r -> r.service().equals("all")).toList())
                .as("docs/api.md problem types of every service")
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(PlatformProblem.values()).map(t -> Row.of("all", t)).toList());
    }

    static List<Row> rows() {
        String doc;
        try {
            doc = Files.readString(apiDoc());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        int begin = doc.indexOf("<!-- problem-types:begin -->");
        int end = doc.indexOf("<!-- problem-types:end -->");
        assertThat(begin).as("problem-types markers in docs/api.md").isNotNegative().isLessThan(end);
        return doc.substring(begin, end).lines().map(ROW::matcher).filter(Matcher::matches)
                .map(m -> new Row(m.group(1), m.group(2), Integer.parseInt(m.group(3)), m.group(4).strip())).toList();
    }

    private static Path apiDoc() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("docs/api.md");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("docs/api.md not found above " + Path.of("").toAbsolutePath());
    }
}
