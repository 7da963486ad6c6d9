package org.s3coop.region.domain;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Stores a region's priorities as a JSON array in one column. */
@Converter
public class PrioritiesConverter implements AttributeConverter<List<Priority>, String> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Priority>> TYPE = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(List<Priority> priorities) {
        try {
            return JSON.writeValueAsString(priorities == null ? List.of() : priorities);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Override
    public List<Priority> convertToEntityAttribute(String column) {
        try {
            return column == null ? List.of() : List.copyOf(JSON.readValue(column, TYPE));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
