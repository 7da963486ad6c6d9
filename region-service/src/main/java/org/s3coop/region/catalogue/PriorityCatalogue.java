package org.s3coop.region.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.region.domain.PriorityFamily;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The codes a priority may take, per family, read once from {@code catalogue/priorities.json}: NACE Rev.2
 * sections and divisions, NABS 2007 chapters, and the policy objectives.
 */
@ApplicationScoped
public class PriorityCatalogue {
    /** One code of the catalogue; {@code section} is the NACE section of an economic-domain code. */
    public record Entry(String code, String label,
            @Schema(description = "The NACE section of an economic-domain code; null for other families",
                    nullable = true) String section) {
    }

    /** One family with its classification and codes, as served at {@code /api/v1/priority-catalogue}. */
    public record Family(PriorityFamily family, String classification, List<Entry> codes) {
    }

    private record Document(List<Family> families) {
    }

    private final List<Family> families;
    private final Map<PriorityFamily, Map<String, Entry>> index = new LinkedHashMap<>();

    @Inject
    public PriorityCatalogue(ObjectMapper json) {
        try (InputStream in = PriorityCatalogue.class.getClassLoader().getResourceAsStream(org.s3coop.contracts.catalogue.PriorityCodes.RESOURCE)) {
            families = List.copyOf(json.readValue(in, Document.class).families());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the priority catalogue", e);
        }
        for (Family f : families) {
            Map<String, Entry> codes = new LinkedHashMap<>();
            f.codes().forEach(e -> codes.put(e.code(), e));
            index.put(f.family(), codes);
        }
    }

    public List<Family> families() {
        return families;
    }

    public Optional<Entry> find(PriorityFamily family, String code) {
        return Optional.ofNullable(index.getOrDefault(family, Map.of()).get(code));
    }

    /** The NACE section of an economic-domain code ({@code C} for {@code C21}), if it is one. */
    public Optional<String> section(PriorityFamily family, String code) {
        return family == PriorityFamily.ECONOMIC_DOMAIN ? find(family, code).map(Entry::section) : Optional.empty();
    }
}
