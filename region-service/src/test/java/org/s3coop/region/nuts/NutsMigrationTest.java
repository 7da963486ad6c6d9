package org.s3coop.region.nuts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * The committed NUTS migration is what the vendored CSV gives: change the CSV (or the generator) and this fails until
 * the migration is written anew with {@code -Dnuts.regenerate=true}:
 * {@code ./mvnw -pl region-service test -Dtest=NutsMigrationTest -Dnuts.regenerate=true}.
 */
class NutsMigrationTest {

    @Test
    void theCommittedMigrationIsGeneratedFromTheVendoredCsv() throws IOException {
        Path file = Path.of(NutsMigration.FILE);
        String expected = NutsMigration.sql();
        if (Boolean.getBoolean("nuts.regenerate")) {
            Files.writeString(file, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .as("%s is not what nuts-2024.csv gives: regenerate it with -Dnuts.regenerate=true", file)
                .isEqualTo(expected);
    }

    @Test
    void theVendoredCsvHoldsTheWholeClassification() {
        Map<String, Long> perLevel = NutsCsv.rows().stream()
                .collect(Collectors.groupingBy(NutsCsv.Row::level, TreeMap::new, Collectors.counting()));
        assertThat(perLevel).containsExactly(Map.entry("0", 39L), Map.entry("1", 114L), Map.entry("2", 296L),
                Map.entry("3", 1345L));
        var codes = NutsCsv.rows().stream().map(NutsCsv.Row::code).collect(Collectors.toSet());
        assertThat(codes).hasSize(1794).contains("ES51", "EL30", "EL301", "ITC4", "FRY10", "PT300").doesNotContain("GR30", "UK", "NL33");
        for (NutsCsv.Row r : NutsCsv.rows()) {
            assertThat(r.levelNumber()).as(r.code()).isEqualTo(r.code().length() - 2);
            assertThat(r.country()).as(r.code()).isEqualTo(r.code().substring(0, 2));
            if (r.levelNumber() > 0) {
                assertThat(codes).as("parent of " + r.code()).contains(r.parent());
                assertThat(r.parent()).isEqualTo(r.code().substring(0, r.code().length() - 1));
            }
        }
    }
}
