package org.s3coop.partnership.domain;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.s3coop.platform.problem.ProblemException;

/** Partnerships, regions and gate inputs built in memory, for the unit tests of the domain. */
final class Fixtures {
    static final PartnershipPriority C22 = new PartnershipPriority(PriorityFamily.ECONOMIC_DOMAIN, "C22");

    private Fixtures() {
    }

    /** A partnership proposed with these members (the first leads), moved to {@code stage} and {@code status}. */
    static Partnership partnership(Stage stage, Status status, String... members) {
        Partnership p = Partnership.propose("Bio-based packaging", C22, members[0],
                Arrays.stream(members).map(code -> new Member(code, null, null)).toList());
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
        KnownRegion r = new KnownRegion();
        r.code = code;
        r.describe(code + " name", code.substring(0, 2), active,
                listsC22 ? List.of(new KnownRegion.RegionPriority("ECONOMIC_DOMAIN", "C22", "label")) : List.of(), 1);
        return r;
    }

    static GateInputs inputs(Partnership p, long blockingChallenges, KnownRegion... regions) {
        return new GateInputs(p, Arrays.stream(regions).collect(Collectors.toMap(r -> r.code, Function.identity())),
                blockingChallenges);
    }

    /** The violations of a 400, in order, as {@code field: message}. */
    static List<String> violations(ProblemException e) {
        return e.problem().violations().stream().map(v -> v.field() + ": " + v.message()).toList();
    }
}
