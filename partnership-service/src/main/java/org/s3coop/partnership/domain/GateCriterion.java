package org.s3coop.partnership.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The criteria of the stage gates, each with its code (the contract: docs/partnership-service.md, "Gates"). The
 * thresholds are the programme's ({@link Programme}); only ACTIVE members count.
 */
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
    /** At least the programme's number of active members whose regions are known and active. */
    MIN_REGIONS {
        @Override
        CriterionResult check(GateInputs in) {
            List<String> counting = in.countingRegions().stream().map(r -> r.code).toList();
            List<String> others = in.activeMembers().stream().map(Member::regionCode).filter(c -> !counting.contains(c))
                    .toList();
            int min = in.programme().minRegions;
            return CriterionResult.of(this, counting.size() >= min, counting.size() + " active member region(s) known "
                    + counting + (others.isEmpty() ? "" : "; unknown or retired: " + others) + "; at least " + min
                    + " are needed");
        }
    },
    /** Those regions come from at least the programme's number of countries (level-0 codes; EU Member States only where it says). */
    MIN_COUNTRIES {
        @Override
        CriterionResult check(GateInputs in) {
            boolean euOnly = in.programme().countriesMustBeEuMemberStates;
            Set<String> countries = in.countingRegions().stream().filter(r -> !euOnly || r.inEuMemberState())
                    .map(r -> r.code.substring(0, 2)).collect(Collectors.toCollection(TreeSet::new));
            Set<String> outside = in.countingRegions().stream().filter(r -> euOnly && !r.inEuMemberState())
                    .map(r -> r.code.substring(0, 2)).collect(Collectors.toCollection(TreeSet::new));
            int min = in.programme().minCountries;
            return CriterionResult.of(this, countries.size() >= min, "active members come from " + countries.size()
                    + (euOnly ? " EU Member State(s) " : " country(ies) ") + countries
                    + (outside.isEmpty() ? "" : "; not EU Member States: " + outside) + "; at least " + min + " are needed");
        }
    },
    /** At least the programme's number of active LEAD members whose regions are known and active. */
    MIN_LEADS {
        @Override
        CriterionResult check(GateInputs in) {
            List<String> leads = in.activeMembers().stream().filter(Member::isLead).map(Member::regionCode)
                    .filter(c -> in.countingRegions().stream().anyMatch(r -> r.code.equals(c))).toList();
            int min = in.programme().minLeadRegions;
            return CriterionResult.of(this, leads.size() >= min, leads.size() + " active lead region(s) " + leads
                    + "; at least " + min + " are needed");
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
    /** Every active member's region lists the priority ({@link PriorityMatch}: a NACE section meets its divisions). */
    SHARED_PRIORITY {
        @Override
        CriterionResult check(GateInputs in) {
            PartnershipPriority priority = in.partnership().priority();
            List<String> missing = in.activeMembers().stream().map(Member::regionCode)
                    .filter(c -> in.regions().get(c) == null || !in.regions().get(c).lists(priority)).toList();
            return CriterionResult.of(this, missing.isEmpty(), missing.isEmpty()
                    ? "every active member region lists " + priority.family() + " " + priority.code()
                    : "member region(s) " + missing + " do not list " + priority.family() + " " + priority.code()
                            + " (nor, for a NACE code, its section or a division inside it)");
        }
    },
    /** Where the programme requires letters: every active lead (or member) has a valid one today. */
    COMMITMENT_LETTERS {
        @Override
        CriterionResult check(GateInputs in) {
            Programme programme = in.programme();
            if (!programme.commitmentLetterRequired) {
                return CriterionResult.of(this, true, "programme " + programme.code + " requires no commitment letter");
            }
            boolean leadsOnly = programme.commitmentLettersFrom == Programme.LetterSignatories.LEADS;
            List<String> flaws = in.activeMembers().stream().filter(m -> !leadsOnly || m.isLead())
                    .map(m -> in.partnership().letter(m.regionCode())
                            .map(l -> l.flaw(in.today(), programme.minCommitmentMonths))
                            .orElse(Optional.of(m.regionCode() + " has no commitment letter")))
                    .flatMap(Optional::stream).toList();
            String whose = leadsOnly ? "every active lead region" : "every active member region";
            return CriterionResult.of(this, flaws.isEmpty(), flaws.isEmpty()
                    ? whose + " has a valid commitment letter for at least " + programme.minCommitmentMonths + " months"
                    : whose + " needs a valid commitment letter for at least " + programme.minCommitmentMonths
                            + " months: " + String.join("; ", flaws));
        }
    },
    COMPLEMENTARITY_MAP {
        @Override
        CriterionResult check(GateInputs in) {
            ComplementarityMap map = in.partnership().complementarityMap;
            List<String> missing = in.activeMembers().stream().map(Member::regionCode)
                    .filter(c -> map == null || map.entries().stream()
                            .noneMatch(e -> e.regionCode().equals(c) && e.isComplete()))
                    .toList();
            return CriterionResult.of(this, missing.isEmpty(), missing.isEmpty()
                    ? "every active member has a role and a contribution in the complementarity map"
                    : "the complementarity map lacks a role and contribution for " + missing);
        }
    },
    /** The participants of active members cover at least the programme's number of helices. */
    HELIX_DIVERSITY {
        @Override
        CriterionResult check(GateInputs in) {
            Set<String> active = in.activeMembers().stream().map(Member::regionCode).collect(Collectors.toSet());
            Set<Helix> helices = in.partnership().participants.stream().filter(p -> active.contains(p.regionCode()))
                    .map(p -> p.type().helix).collect(Collectors.toCollection(TreeSet::new));
            int min = in.programme().minHelices;
            return CriterionResult.of(this, helices.size() >= min, "participants cover " + helices.size()
                    + " helix(es) " + helices + "; at least " + min + " are needed (academia: UNIVERSITY, "
                    + "RESEARCH_ORGANISATION; industry: COMPANY, CLUSTER; government: PUBLIC_AUTHORITY; civil society: "
                    + "CIVIL_SOCIETY)");
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
    /** At least one committed source with an amount above zero. */
    COMMITTED_FUNDING {
        @Override
        CriterionResult check(GateInputs in) {
            FundingPlan plan = in.partnership().fundingPlan;
            long committed = plan == null ? 0 : plan.sources().stream().filter(FundingPlan.Source::isCommittedMoney).count();
            return CriterionResult.of(this, committed >= 1, plan == null ? "no funding plan recorded yet"
                    : committed + " committed funding source(s) with an amount above 0 EUR; at least 1 is needed");
        }
    },
    /** Where the programme requires it: an investment project FUNDED or RUNNING. */
    INVESTMENT_PROJECT {
        @Override
        CriterionResult check(GateInputs in) {
            if (!in.programme().investmentProjectRequiredForScaleUp) {
                return CriterionResult.of(this, true, "programme " + in.programme().code
                        + " requires no investment project before SCALE_UP");
            }
            long n = in.fundedProjects();
            return CriterionResult.of(this, n >= 1, n + " investment project(s) FUNDED or RUNNING; programme "
                    + in.programme().code + " needs at least 1 before SCALE_UP");
        }
    },
    /** No OPEN BLOCKING challenge on the partnership or on one of its active member regions. */
    NO_BLOCKING_CHALLENGE {
        @Override
        CriterionResult check(GateInputs in) {
            long n = in.blockingChallenges();
            return CriterionResult.of(this, n == 0, n == 0
                    ? "no open BLOCKING challenge on this partnership or its active member regions"
                    : n + " open BLOCKING challenge(s) on this partnership or its active member regions");
        }
    };

    abstract CriterionResult check(GateInputs in);

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
