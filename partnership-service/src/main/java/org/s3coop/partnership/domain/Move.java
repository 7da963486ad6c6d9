package org.s3coop.partnership.domain;

import java.util.Optional;
import java.util.UUID;

/**
 * A transition that {@link TransitionAction}'s table allows from one state of one partnership (its id and version):
 * where it takes the stage, and the gate it must pass first (ADVANCE only). {@link Partnership#apply} applies it.
 */
public record Move(UUID partnershipId, long version, Transition transition, Stage from, Stage to, Optional<Gate> gate) {
}
