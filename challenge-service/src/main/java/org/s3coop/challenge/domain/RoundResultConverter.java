package org.s3coop.challenge.domain;

import jakarta.persistence.Converter;

import org.s3coop.platform.persistence.JsonColumn;

import com.fasterxml.jackson.core.type.TypeReference;

/** A closed round's frozen result as one JSON column (NULL while the round is open). */
@Converter
public class RoundResultConverter extends JsonColumn<RoundResult> {
    public RoundResultConverter() {
        super(new TypeReference<>() {
        });
    }
}
