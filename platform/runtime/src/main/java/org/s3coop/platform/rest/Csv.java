package org.s3coop.platform.rest;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.s3coop.platform.paging.Page;
import org.s3coop.platform.problem.PlatformProblem;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * The lists of every service as {@code text/csv} (RFC 4180, UTF-8, a header row, CRLF; written by Jackson's CSV
 * module): a cell with a comma, a quote or a line break is quoted, its quotes doubled; a cell a spreadsheet would run
 * as a formula (starting with {@code = + - @}, tab or carriage return) is written with a leading {@code '}
 * ({@link #unguarded} takes it off again on import). A page written as CSV carries the totals of the JSON page's
 * envelope in {@code X-Total-Count} and {@code X-Total-Pages}.
 */
public final class Csv {
    public static final String MEDIA_TYPE = "text/csv";
    public static final MediaType TYPE = MediaType.valueOf(MEDIA_TYPE);
    public static final String TOTAL_COUNT = "X-Total-Count";
    public static final String TOTAL_PAGES = "X-Total-Pages";
    private static final String FORMULA_START = "=+-@\t\r";
    private static final CsvMapper CSV = new CsvMapper();

    private Csv() {
    }

    /** Whether a Content-Type header says text/csv (any parameters, e.g. charset). */
    public static boolean isCsv(String contentType) {
        if (contentType == null) {
            return false;
        }
        return contentType.split(";", 2)[0].strip().equalsIgnoreCase(MEDIA_TYPE);
    }

    /** A CSV document: the header row, then one row per item (cells as {@code cellsOf} gives them; null: empty). */
    public static <T> String write(List<String> columns, List<T> items, Function<T, Object[]> cellsOf) {
        CsvSchema.Builder schema = CsvSchema.builder();
        columns.forEach(schema::addColumn);
        List<String[]> rows = items.stream().map(cellsOf).map(Csv::guarded).toList();
        try {
            return CSV.writer(schema.build().withHeader().withLineSeparator("\r\n")).writeValueAsString(rows);
        } catch (IOException e) {
            throw PlatformProblem.INTERNAL.exception("the CSV could not be written");
        }
    }

    /** 200 with a page written as text ({@code body}, of {@code type}), the page's totals in headers. */
    public static Response page(Page<?> page, String body, MediaType type) {
        return Response.ok(body, type).header(TOTAL_COUNT, page.totalItems()).header(TOTAL_PAGES, page.totalPages())
                .build();
    }

    /** A cell as read back from CSV this class wrote: without the guard of a formula-like cell. */
    public static String unguarded(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && FORMULA_START.indexOf(cell.charAt(1)) >= 0
                ? cell.substring(1) : cell;
    }

    /** The cells as text (dates in ISO 8601), those a spreadsheet would run as a formula guarded. */
    private static String[] guarded(Object[] cells) {
        String[] out = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            String s = cells[i] == null ? null : cells[i].toString();
            out[i] = s != null && !s.isEmpty() && FORMULA_START.indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        }
        return out;
    }
}
