package org.s3coop.partnership.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A programme: the formation rules a partnership follows, one column per rule (reference data, migration V3). The
 * gates read their thresholds here, so a new programme is a row, not a code path.
 */
@Entity
@Table(name = "programme")
public class Programme {
    /** The programme of a proposal that names none: today's rules. */
    public static final String DEFAULT = "INTERREGIONAL_COOPERATION";

    @Id
    public String code;
    public String name;
    @Column(name = "min_regions")
    public int minRegions;
    @Column(name = "min_countries")
    public int minCountries;
    @Column(name = "countries_must_be_eu_member_states")
    public boolean countriesMustBeEuMemberStates;
    @Column(name = "min_lead_regions")
    public int minLeadRegions;
    @Column(name = "commitment_letter_required")
    public boolean commitmentLetterRequired;
    /** Whose letters the COMMITMENT_LETTERS criterion asks for: every lead's, or every member's. */
    @Enumerated(EnumType.STRING)
    @Column(name = "commitment_letters_from")
    public LetterSignatories commitmentLettersFrom;
    @Column(name = "min_commitment_months")
    public int minCommitmentMonths;
    @Column(name = "min_helices")
    public int minHelices;
    @Column(name = "investment_project_required_for_scale_up")
    public boolean investmentProjectRequiredForScaleUp;
    /** The order of the programme list. */
    public int position;

    /** Whose commitment letters a programme asks for. */
    public enum LetterSignatories {
        /** Every active lead region. */
        LEADS,
        /** Every active member region. */
        MEMBERS
    }

    /** A programme from its rules (tests; rows come from the migration). */
    public static Programme of(String code, int minRegions, int minCountries, boolean euOnly, int minLeads,
            boolean letters, LetterSignatories from, int months, int helices, boolean project) {
        Programme p = new Programme();
        p.code = code;
        p.name = code;
        p.minRegions = minRegions;
        p.minCountries = minCountries;
        p.countriesMustBeEuMemberStates = euOnly;
        p.minLeadRegions = minLeads;
        p.commitmentLetterRequired = letters;
        p.commitmentLettersFrom = from;
        p.minCommitmentMonths = months;
        p.minHelices = helices;
        p.investmentProjectRequiredForScaleUp = project;
        return p;
    }
}
