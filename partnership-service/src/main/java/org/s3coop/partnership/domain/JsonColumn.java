package org.s3coop.partnership.domain;

import jakarta.persistence.AttributeConverter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Stores a value object as a JSON document in a text column. */
public abstract class JsonColumn<T> implements AttributeConverter<T, String> {
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final JavaType type;

    protected JsonColumn(TypeReference<T> type) {
        this.type = JSON.getTypeFactory().constructType(type);
    }

    @Override
    public String convertToDatabaseColumn(T value) {
        if (value == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Override
    public T convertToEntityAttribute(String column) {
        if (column == null) {
            return null;
        }
        try {
            return JSON.readValue(column, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
