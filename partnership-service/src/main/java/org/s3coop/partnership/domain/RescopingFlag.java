package org.s3coop.partnership.domain;

import java.util.List;
import java.util.UUID;

/** An open partnership flagged for re-scoping, as the portfolio lists it: who it is, where it stands, and why. */
public record RescopingFlag(UUID id, String title, Stage stage, Status status, String reason, List<RescopingReason> reasons) {
}
