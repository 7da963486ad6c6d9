package org.s3coop.platform.rest;

import java.io.IOException;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * JSON is read strictly: unknown fields, nulls for numbers, numbers for enums, enum values and dates or times
 * ({@code java.time}) with surrounding whitespace and trailing tokens are refused, and so are strings holding the NUL
 * character (U+0000), which PostgreSQL cannot store in text.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {
    public static final String NUL_RULE = "must not contain the NUL character (\\u0000)";

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS);
        mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        SimpleModule strict = new SimpleModule("s3coop-strict-strings").addDeserializer(String.class, new NoNulStrings());
        strict.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                    BeanDescription description, JsonDeserializer<?> deserializer) {
                return new ExactEnums(deserializer);
            }

            /** Dates and times too: Jackson's java.time readers trim the text as well ({@code "2026-01-15\u0000"}). */
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                    JsonDeserializer<?> deserializer) {
                return description.getBeanClass().getPackageName().equals("java.time") ? new ExactEnums(deserializer)
                        : deserializer;
            }
        });
        mapper.registerModule(strict);
    }

    /**
     * Enum values exactly as named, and dates and times exactly as written: Jackson trims the text first (so
     * {@code "HOLD "}, or HOLD followed by a NUL, would read as HOLD); a value with leading or trailing whitespace or
     * control characters is refused instead.
     */
    static final class ExactEnums extends DelegatingDeserializer {
        ExactEnums(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new ExactEnums(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                String text = p.getText();
                if (!text.isEmpty() && (text.charAt(0) <= ' ' || text.charAt(text.length() - 1) <= ' ')) {
                    throw new InvalidFormatException(p, "not one of the values", text, handledType());
                }
            }
            return super.deserialize(p, ctxt);
        }
    }

    /** Jackson's own String reading, then a refusal of NUL characters (reported as the field's problem). */
    static final class NoNulStrings extends StdScalarDeserializer<String> {
        NoNulStrings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = StringDeserializer.instance.deserialize(p, ctxt);
            if (value != null && value.indexOf('\u0000') >= 0) {
                throw new InvalidFormatException(p, NUL_RULE, value, String.class);
            }
            return value;
        }
    }
}
