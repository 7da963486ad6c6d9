package org.s3coop.partnership.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.partnership.domain.Programme;

@Schema(name = "Programme", description = "A programme's formation rules: the thresholds of the gates of its partnerships")
public record ProgrammeView(
        @Schema(example = "S3_THEMATIC_PARTNERSHIP") String code,
        @Schema(example = "S3 Platform thematic partnership") String name,
        @Schema(example = "3", description = "MIN_REGIONS") int minRegions,
        @Schema(example = "3", description = "MIN_COUNTRIES") int minCountries,
        @Schema(example = "true", description = "MIN_COUNTRIES counts EU Member States only") boolean countriesMustBeEuMemberStates,
        @Schema(example = "2", description = "MIN_LEADS") int minLeadRegions,
        @Schema(example = "true", description = "COMMITMENT_LETTERS applies") boolean commitmentLetterRequired,
        @Schema(example = "LEADS", description = "Whose letters COMMITMENT_LETTERS asks for: every active lead's (LEADS) "
                + "or every active member's (MEMBERS)") Programme.LetterSignatories commitmentLettersFrom,
        @Schema(example = "24", description = "How long from its signing a letter must hold") int minCommitmentMonths,
        @Schema(example = "3", description = "HELIX_DIVERSITY") int minHelices,
        @Schema(example = "true", description = "INVESTMENT_PROJECT applies") boolean investmentProjectRequiredForScaleUp) {

    public static ProgrammeView of(Programme p) {
        return new ProgrammeView(p.code, p.name, p.minRegions, p.minCountries, p.countriesMustBeEuMemberStates,
                p.minLeadRegions, p.commitmentLetterRequired, p.commitmentLettersFrom, p.minCommitmentMonths,
                p.minHelices, p.investmentProjectRequiredForScaleUp);
    }
}
