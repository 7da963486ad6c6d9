package org.s3coop.partnership.domain;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The criteria of the stage gates, each with its code (docs/partnership-service.md, "Gates"). */
public enum GateCriterion {
    /** Every gate: the partnership is in a status ADVANCE starts from ({@link TransitionAction}: ACTIVE). */
    STATUS_ACTIVE {
        @Override
        CriterionResult check(GateInputs in) {
            Status s = in.partnership().status;
            boolean met = TransitionAction.ADVANCE.allowsStatus(s);
            return CriterionResult.of(this, met, met ? "the partnership is " + s
                    : "the partnership is " + s + "; it must be " + TransitionAction.ADVANCE.fromText() + " to advance");
        }
    },
    MIN_TWO_REGIONS {
        @Override
        CriterionResult check(GateInputs in) {
            List<String> active = in.activeMembers().stream().map(r -> r.code).toList();
            List<String> others = in.partnership().memberCodes().stream().filter(c -> !active.contains(c)).toList();
            return CriterionResult.of(this, active.size() >= 2, active.size() + " active member region(s) known "
                    + active + (others.isEmpty() ? "" : "; unknown or retired: " + others) + "; at least 2 are needed");
        }
    },
    TWO_COUNTRIES {
        @Override
        CriterionResult check(GateInputs in) {
            Set<String> countries = in.activeMembers().stream().map(r -> r.country)
                    .collect(Collectors.toCollection(TreeSet::new));
            return CriterionResult.of(this, countries.size() >= 2, "active members come from " + countries.size()
                    + " country(ies) " + countries + "; at least 2 are needed");
        }
    },
    SCOPING_NOTE {
        @Override
        CriterionResult check(GateInputs in) {
            ScopingNote note = in.partnership().scopingNote;
            if (note == null) {
                return CriterionResult.of(this, false, "no scoping note recorded yet");
            }
            return CriterionResult.of(this, note.isComplete(), note.isComplete()
                    ? "the scoping note has an objective and a draft action plan"
                    : "the scoping note lacks " + (isBlank(note.objective()) ? "the objective" : "the draft action plan"));
        }
    },
    SHARED_PRIORITY {
        @Override
        CriterionResult check(GateInputs in) {
            PartnershipPriority priority = in.partnership().priority();
            List<String> missing = in.partnership().memberCodes().stream()
                    .filter(c -> in.regions().get(c) == null || !in.regions().get(c).lists(priority)).toList();
            return CriterionResult.of(this, missing.isEmpty(), missing.isEmpty()
                    ? "every member region lists " + priority.family() + " " + priority.code()
                    : "member region(s) " + missing + " do not list " + priority.family() + " " + priority.code());
        }
    },
    COMPLEMENTARITY_MAP {
        @Override
        CriterionResult check(GateInputs in) {
            ComplementarityMap map = in.partnership().complementarityMap;
            List<String> missing = in.partnership().memberCodes().stream()
                    .filter(c -> map == null || map.entries().stream()
                            .noneMatch(e -> e.regionCode().equals(c) && e.isComplete()))
                    .toList();
            return CriterionResult.of(this, missing.isEmpty(), missing.isEmpty()
                    ? "every member has a role and a contribution in the complementarity map"
                    : "the complementarity map lacks a role and contribution for " + missing);
        }
    },
    HELIX_DIVERSITY {
        @Override
        CriterionResult check(GateInputs in) {
            Set<StakeholderType> types = in.partnership().participants.stream().map(Participant::type)
                    .collect(Collectors.toCollection(TreeSet::new));
            return CriterionResult.of(this, types.size() >= 2, "participants are of " + types.size()
                    + " stakeholder type(s) " + types + "; at least 2 are needed");
        }
    },
    PILOT_REPORT {
        @Override
        CriterionResult check(GateInputs in) {
            PilotReport report = in.partnership().pilotReport;
            long withResult = report == null ? 0 : report.demonstrators().stream().filter(PilotReport.Demonstrator::hasResult).count();
            return CriterionResult.of(this, withResult >= 1, report == null ? "no pilot report recorded yet"
                    : withResult + " demonstrator(s) with a result; at least 1 is needed");
        }
    },
    COMMITTED_FUNDING {
        @Override
        CriterionResult check(GateInputs in) {
            FundingPlan plan = in.partnership().fundingPlan;
            long committed = plan == null ? 0 : plan.sources().stream().filter(s -> Boolean.TRUE.equals(s.committed())).count();
            return CriterionResult.of(this, committed >= 1, plan == null ? "no funding plan recorded yet"
                    : committed + " committed funding source(s); at least 1 is needed");
        }
    },
    NO_BLOCKING_CHALLENGE {
        @Override
        CriterionResult check(GateInputs in) {
            long n = in.blockingChallenges();
            return CriterionResult.of(this, n == 0, n == 0 ? "no open BLOCKING challenge on this partnership"
                    : n + " open BLOCKING challenge(s) on this partnership");
        }
    };

    abstract CriterionResult check(GateInputs in);

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
