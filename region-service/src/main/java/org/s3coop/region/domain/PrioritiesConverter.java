package org.s3coop.region.domain;

import java.util.List;

import jakarta.persistence.Converter;

import org.hibernate.annotations.Immutable;
import org.s3coop.platform.persistence.JsonColumn;

import com.fasterxml.jackson.core.type.TypeReference;

/**
 * Stores a region's priorities as a JSON array in one column (an empty array, never NULL). {@link Immutable}: the list
 * is unmodifiable and replaced, never changed in place, so Hibernate keeps no copy of it to dirty-check against.
 */
@Converter
@Immutable
public class PrioritiesConverter extends JsonColumn<List<Priority>> {
    public PrioritiesConverter() {
        super(new TypeReference<>() {
        }, List.of());
    }
}
