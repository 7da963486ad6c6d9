package org.s3coop.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Real NUTS 2024 codes for the system tests, read from the classification region-service ships
 * ({@code region-service/src/main/resources/nuts-2024/nuts-2024.csv}); each is handed out once per test JVM, so tests
 * sharing the suite's databases do not meet. Only NUTS 3 codes are handed out: the tests that write codes themselves
 * name NUTS 2 regions (ES51, SE11, FR10, ...).
 * <ul>
 * <li>{@link #code(String)}: a fresh code for a tag (e.g. {@code "lead"} of one scenario); a tag's first codes are all
 * in one country of its own, so two tags give regions of two countries (a partnership of them passes the
 * two-countries gate); a tag that needs more codes than its country has gets codes of the countries left over;</li>
 * <li>{@link #ofOneCountry(int)}: n codes of one country no tag has (the smallest that has enough).</li>
 * </ul>
 */
public final class NutsCodes {
    private static final Map<String, Deque<String>> BY_COUNTRY = new TreeMap<>();
    private static final Map<String, String> COUNTRY_OF_TAG = new HashMap<>();
    private static final List<String> OWNED = new ArrayList<>();

    static {
        Path csv = Path.of(System.getProperty("s3coop.root", "..")).toAbsolutePath().normalize()
                .resolve("region-service/src/main/resources/nuts-2024/nuts-2024.csv");
        try {
            List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",", 4);
                if (cells.length > 2 && cells[1].equals("3")) {
                    BY_COUNTRY.computeIfAbsent(cells[2], c -> new ArrayDeque<>()).add(cells[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the NUTS classification at " + csv, e);
        }
    }

    private NutsCodes() {
    }

    /** A fresh NUTS 3 code for {@code tag}, in the tag's own country while it has codes left. */
    public static synchronized String code(String tag) {
        String country = COUNTRY_OF_TAG.computeIfAbsent(tag, t -> own(unowned().stream()
                .max(Comparator.comparingInt(c -> BY_COUNTRY.get(c).size())).orElse(null)));
        Deque<String> codes = country == null ? null : BY_COUNTRY.get(country);
        if (codes != null && !codes.isEmpty()) {
            return codes.poll();
        }
        // the tag's country is used up: the unowned countries' codes first, then any
        for (List<String> from : List.of(unowned(), new ArrayList<>(BY_COUNTRY.keySet()))) {
            for (String c : from) {
                if (!BY_COUNTRY.get(c).isEmpty()) {
                    return BY_COUNTRY.get(c).poll();
                }
            }
        }
        throw new IllegalStateException("every NUTS 3 code is handed out");
    }

    /** {@code n} fresh NUTS 3 codes of one country no tag has: the smallest with enough codes. */
    public static synchronized List<String> ofOneCountry(int n) {
        String country = own(unowned().stream().filter(c -> BY_COUNTRY.get(c).size() >= n)
                .min(Comparator.comparingInt(c -> BY_COUNTRY.get(c).size())).orElseThrow(
                        () -> new IllegalStateException("no country left with " + n + " NUTS 3 codes")));
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            codes.add(BY_COUNTRY.get(country).poll());
        }
        return codes;
    }

    private static List<String> unowned() {
        return BY_COUNTRY.keySet().stream().filter(c -> !OWNED.contains(c)).toList();
    }

    private static String own(String country) {
        if (country != null) {
            OWNED.add(country);
        }
        return country;
    }
}
