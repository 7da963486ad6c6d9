package org.s3coop.platform.persistence;

import java.util.List;

import jakarta.persistence.AttributeConverter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Stores a value object as a JSON document in a text column; a service subclasses it once per type with a
 * {@code TypeReference} and marks the subclass {@code @Converter}. Lists read back are unmodifiable.
 */
public abstract class JsonColumn<T> implements AttributeConverter<T, String> {
    /** Dates and times (java.time) as ISO-8601 text. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    /** Bound to the column's type once: no root deserializer look-up per value (the hot reads convert every row). */
    private final ObjectReader reader;
    private final T whenNull;

    /** A column that is SQL NULL when the value is null, and the reverse. */
    protected JsonColumn(TypeReference<T> type) {
        this(type, null);
    }

    /** A column that holds {@code whenNull} (e.g. an empty list) instead of null, both ways. */
    protected JsonColumn(TypeReference<T> type, T whenNull) {
        this.reader = JSON.readerFor(JSON.getTypeFactory().constructType(type));
        this.whenNull = whenNull;
    }

    @Override
    public String convertToDatabaseColumn(T value) {
        T stored = value == null ? whenNull : value;
        if (stored == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public T convertToEntityAttribute(String column) {
        if (column == null) {
            return whenNull;
        }
        try {
            T value = reader.readValue(column);
            return value instanceof List<?> list ? (T) List.copyOf(list) : value;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
