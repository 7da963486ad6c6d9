package org.s3coop.contracts.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The S3 priority catalogue: the codes a priority may take, per family (NACE Rev.2 sections and divisions, NABS 2007
 * chapters, the policy objectives). Contract data the services share, not a domain library: the document is the
 * resource {@link #RESOURCE} of this module; region-service serves it at {@code GET /api/v1/priority-catalogue} and
 * checks regions' priorities against it, partnership-service checks a partnership's priority. Families are plain
 * names here ({@code ECONOMIC_DOMAIN}, ...); each service maps them to its own type.
 */
public final class PriorityCodes {
    /** Where the document lives on the classpath. */
    public static final String RESOURCE = "org/s3coop/contracts/catalogue/priorities.json";
    /** The family whose codes are NACE sections and divisions. */
    public static final String ECONOMIC_DOMAIN = "ECONOMIC_DOMAIN";

    /** One code; {@code section} is the NACE section of an economic-domain code ({@code C} for {@code C22}), else null. */
    public record Code(String code, String label, String section) {
    }

    /** One family with its classification and codes, in the document's order. */
    public record Family(String family, String classification, List<Code> codes) {
    }

    private static final PriorityCodes CATALOGUE = read();

    private final List<Family> families;
    private final Map<String, Map<String, Code>> index = new LinkedHashMap<>();

    private PriorityCodes(List<Family> families) {
        this.families = List.copyOf(families);
        for (Family f : families) {
            Map<String, Code> codes = new LinkedHashMap<>();
            f.codes().forEach(c -> codes.put(c.code(), c));
            index.put(f.family(), codes);
        }
    }

    /** The catalogue, read once from {@link #RESOURCE}. */
    public static PriorityCodes catalogue() {
        return CATALOGUE;
    }

    public List<Family> families() {
        return families;
    }

    public Optional<Code> find(String family, String code) {
        return Optional.ofNullable(index.getOrDefault(family, Map.of()).get(code));
    }

    public boolean contains(String family, String code) {
        return find(family, code).isPresent();
    }

    /** The codes of one family (empty for an unknown family). */
    public List<String> codes(String family) {
        return List.copyOf(index.getOrDefault(family, Map.of()).keySet());
    }

    /** The NACE section of an economic-domain code ({@code C} for {@code C22} and for {@code C}); empty otherwise. */
    public Optional<String> section(String family, String code) {
        return ECONOMIC_DOMAIN.equals(family) ? find(family, code).map(Code::section) : Optional.empty();
    }

    private static PriorityCodes read() {
        try (InputStream in = PriorityCodes.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the priority catalogue " + RESOURCE + " is not on the classpath");
            }
            List<Family> families = new ArrayList<>();
            for (JsonNode f : new ObjectMapper().readTree(in).required("families")) {
                List<Code> codes = new ArrayList<>();
                for (JsonNode c : f.required("codes")) {
                    codes.add(new Code(c.required("code").asText(), c.required("label").asText(),
                            c.hasNonNull("section") ? c.get("section").asText() : null));
                }
                families.add(new Family(f.required("family").asText(), f.required("classification").asText(),
                        List.copyOf(codes)));
            }
            return new PriorityCodes(families);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the priority catalogue " + RESOURCE, e);
        }
    }
}
