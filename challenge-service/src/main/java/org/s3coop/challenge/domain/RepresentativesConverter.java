package org.s3coop.challenge.domain;

import java.util.List;

import jakarta.persistence.Converter;

import org.s3coop.platform.persistence.JsonColumn;

import com.fasterxml.jackson.core.type.TypeReference;

/** A member's representatives as a JSON array in one column (an empty array, never NULL). */
@Converter
public class RepresentativesConverter extends JsonColumn<List<Representative>> {
    public RepresentativesConverter() {
        super(new TypeReference<>() {
        }, List.of());
    }
}
