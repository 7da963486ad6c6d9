package org.s3coop.region.nuts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/** The vendored classification, {@code nuts-2024/nuts-2024.csv} on the class path, read row by row (tests only). */
public final class NutsCsv {
    public static final String RESOURCE = "nuts-2024/nuts-2024.csv";

    /** One row, every field as the file writes it ({@code ""} when empty). */
    public record Row(String code, String level, String country, String parent, String name_latin, String area_km2,
            String x_3035, String y_3035) {

        public int levelNumber() {
            return Integer.parseInt(level);
        }
    }

    private static volatile List<Row> rows;

    private NutsCsv() {
    }

    public static List<Row> rows() {
        List<Row> read = rows;
        if (read == null) {
            try (InputStream in = NutsCsv.class.getClassLoader().getResourceAsStream(RESOURCE);
                    MappingIterator<Row> it = new CsvMapper().readerFor(Row.class)
                            .with(CsvSchema.emptySchema().withHeader().withStrictHeaders(true)).readValues(in)) {
                read = List.copyOf(it.readAll());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            rows = read;
        }
        return read;
    }
}
