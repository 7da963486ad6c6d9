package org.s3coop.challenge.domain;

import java.util.List;

import jakarta.persistence.Converter;

import org.s3coop.platform.persistence.JsonColumn;

import com.fasterxml.jackson.core.type.TypeReference;

/** Stores a list of codes as a JSON array in one column (an empty array, never NULL). */
@Converter
public class StringListConverter extends JsonColumn<List<String>> {
    public StringListConverter() {
        super(new TypeReference<>() {
        }, List.of());
    }
}
