package org.s3coop.partnership.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * How the system fills in a computed indicator of the catalogue ({@link Indicator#computation}) from the partnership's
 * data at the report's submission. The catalogue (data) says which indicator uses which.
 */
public enum Computation {
    /** The ACTIVE member regions. */
    ACTIVE_REGIONS {
        @Override
        BigDecimal of(Partnership p, List<InvestmentProject> projects) {
            return BigDecimal.valueOf(p.activeMemberCodes().size());
        }
    },
    /** The participant organisations. */
    PARTICIPANTS {
        @Override
        BigDecimal of(Partnership p, List<InvestmentProject> projects) {
            return BigDecimal.valueOf(p.participants.size());
        }
    },
    /** The demonstrators of the pilot report. */
    DEMONSTRATORS {
        @Override
        BigDecimal of(Partnership p, List<InvestmentProject> projects) {
            return BigDecimal.valueOf(p.pilotReport == null ? 0 : p.pilotReport.demonstrators().size());
        }
    },
    /** Projects submitted to their instrument: SUBMITTED, FUNDED, REJECTED, RUNNING or COMPLETED now. */
    PROJECTS_SUBMITTED {
        @Override
        BigDecimal of(Partnership p, List<InvestmentProject> projects) {
            return BigDecimal.valueOf(projects.stream().filter(x -> x.status.wasSubmitted()).count());
        }
    },
    /** Projects FUNDED, RUNNING or COMPLETED. */
    PROJECTS_FUNDED {
        @Override
        BigDecimal of(Partnership p, List<InvestmentProject> projects) {
            return BigDecimal.valueOf(projects.stream().filter(x -> x.status.mobilises()).count());
        }
    },
    /** The EUR granted to the projects FUNDED, RUNNING or COMPLETED. */
    INVESTMENT_MOBILISED {
        @Override
        BigDecimal of(Partnership p, List<InvestmentProject> projects) {
            return projects.stream().map(InvestmentProject::mobilisedEur).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    };

    abstract BigDecimal of(Partnership p, List<InvestmentProject> projects);
}
