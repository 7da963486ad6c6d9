package org.s3coop.challenge.domain;

import jakarta.persistence.Converter;

import org.s3coop.platform.persistence.JsonColumn;

import com.fasterxml.jackson.core.type.TypeReference;

/** A meeting's attendance as one JSON column. */
@Converter
public class AttendanceConverter extends JsonColumn<Attendance> {
    public AttendanceConverter() {
        super(new TypeReference<>() {
        }, Attendance.NONE);
    }
}
