package org.s3coop.challenge.rest.dto;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AttendanceInput", description = "Who attended: regions (NUTS codes of known regions) and organisations")
public record AttendanceInput(
        @Size(max = 100) @Schema(example = "[\"ES51\",\"DE21\"]", description = "Checked one by one: the field at fault is named with its index")
        List<String> regions,
        @Size(max = 200) @Schema(example = "[\"Universitat de Barcelona\"]") List<@NotBlank @Size(max = 200) String> organisations) {
}
