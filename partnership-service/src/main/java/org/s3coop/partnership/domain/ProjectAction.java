package org.s3coop.partnership.domain;

import static org.s3coop.partnership.domain.ProjectStatus.FUNDED;
import static org.s3coop.partnership.domain.ProjectStatus.IDEA;
import static org.s3coop.partnership.domain.ProjectStatus.PREPARING;
import static org.s3coop.partnership.domain.ProjectStatus.RUNNING;
import static org.s3coop.partnership.domain.ProjectStatus.SUBMITTED;
import static org.s3coop.partnership.domain.TransitionAction.Need.OPTIONAL;
import static org.s3coop.partnership.domain.TransitionAction.Need.REQUIRED;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.s3coop.platform.problem.ProblemException;

/**
 * The investment project's status machine, as one table: for each action the statuses it starts from, the status it
 * leads to, and whether it needs a {@code reason}. Nothing else says what is allowed; docs/partnership-service.md
 * shows this table (ProjectActionTest keeps the two alike). Who may ask is {@link PartnershipAction#MOVE_PROJECT}.
 */
public enum ProjectAction {
    //        from statuses                                         to                      reason
    PREPARE(  EnumSet.of(IDEA),                                     PREPARING,              OPTIONAL),
    SUBMIT(   EnumSet.of(PREPARING),                                SUBMITTED,              OPTIONAL),
    FUND(     EnumSet.of(SUBMITTED),                                FUNDED,                 OPTIONAL),
    REJECT(   EnumSet.of(SUBMITTED),                                ProjectStatus.REJECTED, REQUIRED),
    START(    EnumSet.of(FUNDED),                                   RUNNING,                OPTIONAL),
    COMPLETE( EnumSet.of(RUNNING),                                  ProjectStatus.COMPLETED, OPTIONAL),
    /** From any open status. */
    WITHDRAW( EnumSet.of(IDEA, PREPARING, SUBMITTED, FUNDED, RUNNING), ProjectStatus.WITHDRAWN, REQUIRED);

    public final Set<ProjectStatus> from;
    public final ProjectStatus to;
    public final TransitionAction.Need reason;

    ProjectAction(Set<ProjectStatus> from, ProjectStatus to, TransitionAction.Need reason) {
        this.from = from;
        this.to = to;
        this.reason = reason;
    }

    /** The statuses this action starts from, as the messages say them. */
    public String fromText() {
        return from.stream().map(Enum::name).collect(Collectors.joining(" or "));
    }

    /** 400 when the action needs a reason and none (or a blank one) is given. */
    public void requireFields(String givenReason) {
        if (reason == REQUIRED && (givenReason == null || givenReason.isBlank())) {
            throw ProblemException.invalid("reason", "is required for " + this);
        }
    }

    /** The status after this action from {@code status}; 409 invalid-transition when the action does not start there. */
    public ProjectStatus next(ProjectStatus status) {
        if (!from.contains(status)) {
            throw PartnershipProblem.INVALID_TRANSITION.exception(this + " needs project status " + fromText()
                    + "; the project is " + status + (status.open ? "" : ", a final status") + ". From " + status
                    + " the actions are " + Arrays.stream(values()).filter(a -> a.from.contains(status))
                            .map(Enum::name).toList());
        }
        return to;
    }
}
