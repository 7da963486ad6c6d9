package org.s3coop.region.domain;

import java.util.List;

import jakarta.persistence.Converter;

import org.s3coop.platform.persistence.JsonColumn;

import com.fasterxml.jackson.core.type.TypeReference;

/** Stores a region's priorities as a JSON array in one column (an empty array, never NULL). */
@Converter
public class PrioritiesConverter extends JsonColumn<List<Priority>> {
    public PrioritiesConverter() {
        super(new TypeReference<>() {
        }, List.of());
    }
}
