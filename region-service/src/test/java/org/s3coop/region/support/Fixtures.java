package org.s3coop.region.support;

import static io.restassured.RestAssured.given;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.s3coop.contracts.events.EuMemberStates;
import org.s3coop.platform.testing.TestTokens;
import org.s3coop.region.nuts.NutsCsv;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Builds test data over the public API, under real codes of the NUTS 2024 classification (the vendored CSV). Every
 * code is handed out once per test JVM, so tests do not see each other's regions:
 * <ul>
 * <li>{@link #code()}: a fresh NUTS 3 code of the shared pool (the largest countries, codes with a label point);</li>
 * <li>{@link #country()}: a whole country for one test (e.g. one that lists regions by country), whose fresh codes
 * come from {@link #code(String)} or {@link #code(String, int)};</li>
 * <li>the countries whose codes tests write themselves ({@code ES51}, {@code EL30}, ...: {@link #NAMED}) are in
 * neither.</li>
 * </ul>
 */
public final class Fixtures {
    /** Countries whose codes tests write themselves: never handed out. */
    public static final Set<String> NAMED = Set.of("ES", "EL");
    /** The shared pool: the largest countries (their NUTS 3 codes, about 760). */
    private static final List<String> SHARED = List.of("DE", "FR", "IT", "TR", "PL");

    private static final Deque<String> POOL = new ArrayDeque<>();
    private static final Deque<String> COUNTRIES = new ArrayDeque<>();
    private static final Map<String, Map<Integer, Deque<String>>> BY_COUNTRY = new HashMap<>();

    static {
        Map<String, Map<Integer, List<String>>> codes = NutsCsv.rows().stream().collect(Collectors.groupingBy(
                NutsCsv.Row::country, Collectors.groupingBy(NutsCsv.Row::levelNumber,
                        Collectors.mapping(NutsCsv.Row::code, Collectors.toList()))));
        codes.forEach((country, levels) -> {
            Map<Integer, Deque<String>> fresh = new HashMap<>();
            levels.forEach((level, list) -> fresh.put(level, new ArrayDeque<>(list.stream().sorted().toList())));
            BY_COUNTRY.put(country, fresh);
        });
        // the shared pool: codes with a label point (a map or GeoJSON shows them)
        Set<String> located = NutsCsv.rows().stream().filter(r -> !r.x_3035().isEmpty()).map(NutsCsv.Row::code)
                .collect(Collectors.toSet());
        SHARED.forEach(c -> BY_COUNTRY.get(c).get(3).stream().filter(located::contains).forEach(POOL::add));
        // reservable: every other country with NUTS 3 codes, the one with most first
        codes.keySet().stream().filter(c -> !SHARED.contains(c) && !NAMED.contains(c) && codes.get(c).containsKey(3))
                .sorted(Comparator.comparing((String c) -> -codes.get(c).get(3).size()).thenComparing(c -> c))
                .forEach(COUNTRIES::add);
    }

    private Fixtures() {
    }

    /** A fresh NUTS 3 code no other test has, from the shared pool (e.g. DE111). */
    public static synchronized String code() {
        String code = POOL.poll();
        if (code == null) {
            throw new IllegalStateException("the shared pool of NUTS codes is used up: reserve a country");
        }
        return code;
    }

    /** A country that only the calling test registers regions in (a level-0 code, e.g. AT). */
    public static synchronized String country() {
        String country = COUNTRIES.poll();
        if (country == null) {
            throw new IllegalStateException("every country is reserved already");
        }
        return country;
    }

    /** A country only the calling test registers regions in, in the EU-27 or not. */
    public static synchronized String country(boolean euMemberState) {
        String country = COUNTRIES.stream().filter(c -> EuMemberStates.CODES.contains(c) == euMemberState).findFirst()
                .orElseThrow(() -> new IllegalStateException("every such country is reserved already"));
        COUNTRIES.remove(country);
        return country;
    }

    /** A fresh NUTS 3 code of a country reserved with {@link #country()}. */
    public static String code(String country) {
        return code(country, 3);
    }

    /** A fresh code of the given level of a country reserved with {@link #country()}. */
    public static synchronized String code(String country, int level) {
        String code = BY_COUNTRY.get(country).getOrDefault(level, new ArrayDeque<>()).poll();
        if (code == null) {
            throw new IllegalStateException("no fresh level-" + level + " code left in " + country);
        }
        return code;
    }

    public static Response register(String code, String prioritiesJson) {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"code\":\"" + code + "\",\"name\":\"Region " + code + "\",\"priorities\":" + prioritiesJson + "}")
                .when().post("/api/v1/regions");
    }

    /** Registers a fresh code of the shared pool; answers the code. */
    public static String registered(String prioritiesJson) {
        return registeredAs(code(), prioritiesJson);
    }

    /** Registers a fresh NUTS 3 code of a reserved country; answers the code. */
    public static String registered(String country, String prioritiesJson) {
        return registeredAs(code(country), prioritiesJson);
    }

    public static String registeredAs(String code, String prioritiesJson) {
        register(code, prioritiesJson).then().statusCode(201);
        return code;
    }

    public static String priorities(String... codes) {
        StringBuilder sb = new StringBuilder("[");
        for (String c : codes) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            String family = c.startsWith("NABS") ? "SCIENTIFIC_DOMAIN"
                    : c.length() > 3 ? "POLICY_OBJECTIVE" : "ECONOMIC_DOMAIN";
            sb.append("{\"family\":\"").append(family).append("\",\"code\":\"").append(c).append("\"}");
        }
        return sb.append(']').toString();
    }
}
