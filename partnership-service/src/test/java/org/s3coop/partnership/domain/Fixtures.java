package org.s3coop.partnership.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.s3coop.platform.problem.ProblemException;

/** Partnerships, programmes, regions and gate inputs built in memory, for the unit tests of the domain. */
final class Fixtures {
    static final PartnershipPriority C22 = new PartnershipPriority(PriorityFamily.ECONOMIC_DOMAIN, "C22");
    /** Today's rules, as migration V3 has them. */
    static final Programme INTERREGIONAL = Programme.of("INTERREGIONAL_COOPERATION", 2, 2, false, 1, false,
            Programme.LetterSignatories.LEADS, 0, 2, false);
    /** The S3 Platform's rules for a thematic partnership, as migration V3 has them. */
    static final Programme S3 = Programme.of("S3_THEMATIC_PARTNERSHIP", 3, 3, true, 2, true,
            Programme.LetterSignatories.LEADS, 24, 3, true);
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private Fixtures() {
    }

    /**
     * A partnership proposed with these ACTIVE members (the first is the coordinating lead; a code written
     * {@code "*DE21"} is a co-lead, {@code "?DE21"} an invited partner), moved to {@code stage} and {@code status}.
     */
    static Partnership partnership(Stage stage, Status status, String... members) {
        List<Member> list = new ArrayList<>();
        for (int i = 0; i < members.length; i++) {
            String m = members[i];
            boolean colead = m.startsWith("*");
            boolean invited = m.startsWith("?");
            String code = colead || invited ? m.substring(1) : m;
            list.add(new Member(code, i == 0 || colead ? MemberRole.LEAD : MemberRole.PARTNER, null,
                    invited ? MemberStatus.INVITED : MemberStatus.ACTIVE));
        }
        Partnership p = Partnership.propose("Bio-based packaging", C22, INTERREGIONAL.code, list.get(0).regionCode(), list);
        p.stage = stage;
        p.status = status;
        if (status == Status.CLOSED) {
            p.outcome = Outcome.COMPLETED;
        }
        return p;
    }

    static Partnership partnership(Stage stage, Status status) {
        return partnership(stage, status, "ES51", "DE21");
    }

    /** A region known to the read model, listing {@code C22} when {@code listsC22}. */
    static KnownRegion region(String code, boolean active, boolean listsC22) {
        return region(code, active, listsC22 ? new String[] { "C22" } : new String[0]);
    }

    /** A region known to the read model with these economic-domain priority codes. */
    static KnownRegion region(String code, boolean active, String... economicCodes) {
        KnownRegion r = new KnownRegion();
        r.code = code;
        r.describe(code + " name", code.substring(0, 2), active, Arrays.stream(economicCodes)
                .map(c -> new KnownRegion.RegionPriority("ECONOMIC_DOMAIN", c, "label")).toList(), 1);
        return r;
    }

    /** Inputs under today's rules (INTERREGIONAL_COOPERATION), no funded project. */
    static GateInputs inputs(Partnership p, long blockingChallenges, KnownRegion... regions) {
        return inputs(p, INTERREGIONAL, blockingChallenges, 0, regions);
    }

    static GateInputs inputs(Partnership p, Programme programme, long blockingChallenges, long fundedProjects,
            KnownRegion... regions) {
        return new GateInputs(p, programme, Arrays.stream(regions).collect(Collectors.toMap(r -> r.code,
                Function.identity())), blockingChallenges, fundedProjects, TODAY);
    }

    /** A letter of {@code region} signed on {@code signedOn}, holding until {@code validUntil}. */
    static CommitmentLetter letter(String region, LocalDate signedOn, LocalDate validUntil) {
        return new CommitmentLetter(region, "Regional government of " + region, signedOn, validUntil,
                new CommitmentLetter.Document("https://docs.example.org/" + region + ".pdf", "a".repeat(64)), null);
    }

    /** The violations of a 400, in order, as {@code field: message}. */
    static List<String> violations(ProblemException e) {
        return e.problem().violations().stream().map(v -> v.field() + ": " + v.message()).toList();
    }
}
