package org.s3coop.region.rest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.s3coop.platform.contract.ContractPatterns;
import org.s3coop.platform.problem.Problem;
import org.s3coop.platform.problem.ProblemException;
import org.s3coop.platform.rest.Csv;
import org.s3coop.region.domain.Priority;
import org.s3coop.region.domain.PriorityFamily;
import org.s3coop.region.domain.RegionProblem;
import org.s3coop.region.domain.StakeholderType;
import org.s3coop.region.service.command.AddStakeholder;
import org.s3coop.region.service.command.ImportRow;
import org.s3coop.region.service.command.PriorityChoice;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

/**
 * region-service's CSV (RFC 4180, UTF-8, a header row; read and written by Jackson's CSV module): the rows of a region
 * import, and the columns of the lists as {@code text/csv} (written by the platform's {@link Csv}). A region's
 * priorities are one cell, {@code FAMILY:CODE;FAMILY:CODE}, and its stakeholders {@code TYPE:Name;TYPE:Name}, so a
 * list exported as CSV imports again unchanged (the export's read-only columns are ignored on import; so is the
 * {@code '} {@link Csv} writes before a cell a spreadsheet would run as a formula).
 */
public final class RegionCsv {
    public static final String MEDIA_TYPE = Csv.MEDIA_TYPE;
    static final String CODE = "code";
    static final String NAME = "name";
    static final String PRIORITIES = "priorities";
    static final String STAKEHOLDERS = "stakeholders";
    /** The columns an import reads. */
    static final List<String> IMPORT_COLUMNS = List.of(CODE, NAME, PRIORITIES, STAKEHOLDERS);
    /** The columns of the regions' CSV: the import's first, then read-only ones. */
    static final List<String> REGION_COLUMNS = List.of(CODE, NAME, PRIORITIES, "officialName", "country", "level",
            "parent", "euMemberState", "nutsVersion", "active", "version", "activePartnerships");
    static final List<String> STAKEHOLDER_COLUMNS = List.of("id", "regionCode", NAME, "type", "createdAt");
    private static final int MAX_ITEMS = 50;
    private static final int MAX_NAME = 200;

    private static final CsvMapper CSV = new CsvMapper();

    private RegionCsv() {
    }

    // ------------------------------------------------------------------ reading an import

    /**
     * The data rows of an import body, each with what is wrong with it as written; 400 when the body has no header,
     * a column that is neither the import's nor the export's, more than {@code maxRows} rows, or is not CSV at all.
     */
    static List<ImportRow> importRows(String body, int maxRows) {
        if (body == null || body.isBlank()) {
            throw ProblemException.invalid("body", "is empty: send a header row (code,name,priorities,stakeholders) "
                    + "and one row per region");
        }
        List<ImportRow> rows = new ArrayList<>();
        try (MappingIterator<String[]> records = CSV.readerFor(String[].class).with(CsvParser.Feature.WRAP_AS_ARRAY)
                .readValues(body.startsWith("\uFEFF") ? body.substring(1) : body)) {
            String[] names = records.hasNextValue() ? records.nextValue() : new String[0];
            int[] columns = header(names);
            int line = 1;
            while (records.hasNextValue()) {
                String[] cells = records.nextValue();
                line++;
                if (Arrays.stream(cells).allMatch(String::isBlank)) {
                    continue;
                }
                if (rows.size() == maxRows) {
                    throw RegionProblem.IMPORT_TOO_MANY_ROWS.exception("The import has more than " + maxRows
                            + " rows; at most " + maxRows + " are accepted at once: split the file");
                }
                rows.add(row(line, cells, columns, names.length));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException problem) {
                throw problem;
            }
            throw ProblemException.invalid("body", "is not CSV (RFC 4180): " + firstLine(e.getMessage()));
        }
        if (rows.isEmpty()) {
            throw ProblemException.invalid("body", "has a header but no row");
        }
        return rows;
    }

    /** Where each import column is in the header (-1: absent); 400 for an unknown or repeated column. */
    private static int[] header(String[] names) {
        int[] at = new int[IMPORT_COLUMNS.size()];
        Arrays.fill(at, -1);
        Set<String> seen = new HashSet<>();
        List<Problem.Violation> violations = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            String name = names[i].strip();
            if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                violations.add(new Problem.Violation("header", "names column '" + name + "' twice"));
                continue;
            }
            int known = indexIgnoringCase(IMPORT_COLUMNS, name);
            if (known >= 0) {
                at[known] = i;
            } else if (indexIgnoringCase(REGION_COLUMNS, name) < 0) {
                violations.add(new Problem.Violation("header", "unknown column '" + name + "': the import reads "
                        + IMPORT_COLUMNS + " (and ignores the other columns of the regions' CSV export)"));
            }
        }
        if (at[0] < 0) {
            violations.add(new Problem.Violation("header", "has no 'code' column: the first row names the columns, "
                    + "e.g. code,name,priorities,stakeholders"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        return at;
    }

    private static ImportRow row(int line, String[] cells, int[] columns, int width) {
        List<Problem.Violation> violations = new ArrayList<>();
        if (cells.length > width && Arrays.stream(cells, width, cells.length).anyMatch(c -> !c.isBlank())) {
            violations.add(new Problem.Violation("row", "has " + cells.length + " cells; the header names " + width
                    + " columns"));
        }
        Function<Integer, String> cell = i -> columns[i] < 0 || columns[i] >= cells.length ? "" : cells[columns[i]];
        for (int i = 0; i < IMPORT_COLUMNS.size(); i++) {
            if (cell.apply(i).indexOf('\0') >= 0) {
                violations.add(new Problem.Violation(IMPORT_COLUMNS.get(i), "contains a NUL character"));
            }
        }
        String code = cell.apply(0).strip();
        if (code.isEmpty()) {
            violations.add(new Problem.Violation(CODE, "is required"));
            code = null;
        } else if (!code.matches(ContractPatterns.NUTS_CODE)) {
            violations.add(new Problem.Violation(CODE, "'" + code + "' " + ContractPatterns.NUTS_CODE_RULE));
            code = null;
        }
        String name = Csv.unguarded(cell.apply(1).strip());
        if (name.length() > MAX_NAME) {
            violations.add(new Problem.Violation(NAME, "has " + name.length() + " characters; at most " + MAX_NAME));
        }
        List<PriorityChoice> priorities = priorities(cell.apply(2), violations);
        List<AddStakeholder> stakeholders = stakeholders(code, cell.apply(3), violations);
        return new ImportRow(line, code, name.isEmpty() ? null : name, priorities, stakeholders, List.copyOf(violations));
    }

    /** {@code FAMILY:CODE;...}; none at all when one of them is not written so (its violations say which). */
    private static List<PriorityChoice> priorities(String cell, List<Problem.Violation> violations) {
        List<String> items = items(cell, PRIORITIES, violations);
        List<PriorityChoice> choices = new ArrayList<>();
        int before = violations.size();
        for (int i = 0; i < items.size(); i++) {
            String[] parts = items.get(i).split(":", 2);
            PriorityFamily family = parts.length == 2 ? enumValue(PriorityFamily.class, parts[0].strip()) : null;
            if (family == null || parts[1].isBlank()) {
                violations.add(new Problem.Violation(PRIORITIES + "[" + i + "]", "'" + items.get(i)
                        + "' is not FAMILY:CODE with FAMILY one of " + List.of(PriorityFamily.values())));
                continue;
            }
            choices.add(new PriorityChoice(family, parts[1].strip(), null));
        }
        return violations.size() == before ? choices : List.of();
    }

    /** {@code TYPE:Name;...}. */
    private static List<AddStakeholder> stakeholders(String code, String cell, List<Problem.Violation> violations) {
        List<String> items = items(cell, STAKEHOLDERS, violations);
        List<AddStakeholder> stakeholders = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String[] parts = items.get(i).split(":", 2);
            StakeholderType type = parts.length == 2 ? enumValue(StakeholderType.class, parts[0].strip()) : null;
            String name = parts.length == 2 ? parts[1].strip() : "";
            if (type == null || name.isEmpty() || name.length() > MAX_NAME) {
                violations.add(new Problem.Violation(STAKEHOLDERS + "[" + i + "]", "'" + items.get(i)
                        + "' is not TYPE:Name with TYPE one of " + List.of(StakeholderType.values())
                        + " and a name of 1 to " + MAX_NAME + " characters"));
                continue;
            }
            stakeholders.add(new AddStakeholder(code, name, type));
        }
        return stakeholders;
    }

    private static List<String> items(String cell, String field, List<Problem.Violation> violations) {
        List<String> items = Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (items.size() > MAX_ITEMS) {
            violations.add(new Problem.Violation(field, "lists " + items.size() + "; at most " + MAX_ITEMS));
            return List.of();
        }
        return items;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst().orElse(null);
    }

    private static int indexIgnoringCase(List<String> names, String name) {
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable" : message.lines().findFirst().orElse(message);
    }

    // ------------------------------------------------------------------ writing the lists

    /** A region's priorities as one cell. */
    static String priorityCell(List<Priority> priorities) {
        return priorities.stream().map(p -> p.family() + ":" + p.code()).collect(Collectors.joining(";"));
    }
}
