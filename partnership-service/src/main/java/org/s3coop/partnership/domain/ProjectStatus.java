package org.s3coop.partnership.domain;

import java.util.Arrays;
import java.util.List;

/**
 * The statuses of an investment project (DESIGN.md section 9): IDEA → PREPARING → SUBMITTED → FUNDED | REJECTED,
 * FUNDED → RUNNING → COMPLETED, WITHDRAWN from any open status. Which action leads where is {@link ProjectAction}.
 */
public enum ProjectStatus {
    IDEA(true), PREPARING(true), SUBMITTED(true), FUNDED(true), REJECTED(false), RUNNING(true), COMPLETED(false),
    WITHDRAWN(false);

    /** Still moving: an action may start from it (REJECTED, COMPLETED and WITHDRAWN are final). */
    public final boolean open;

    ProjectStatus(boolean open) {
        this.open = open;
    }

    /** FUNDED or RUNNING: what the INVESTMENT_PROJECT criterion counts. */
    public boolean isFundedOrRunning() {
        return this == FUNDED || this == RUNNING;
    }

    /** Every status {@link #isFundedOrRunning} counts (the gate's statement binds them, see repository/GateReads). */
    public static List<ProjectStatus> fundedOrRunning() {
        return Arrays.stream(values()).filter(ProjectStatus::isFundedOrRunning).toList();
    }

    /** Submitted to the instrument at some point: SUBMITTED and every status after it but WITHDRAWN. */
    public boolean wasSubmitted() {
        return this == SUBMITTED || this == REJECTED || mobilises();
    }

    /** Granted money counts as mobilised once the project is FUNDED (or later, unless withdrawn or rejected). */
    public boolean mobilises() {
        return this == FUNDED || this == RUNNING || this == COMPLETED;
    }
}
