package org.s3coop.challenge.rest.dto;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.challenge.domain.Representative;
import org.s3coop.challenge.domain.WorkingGroupMember;

@Schema(name = "WorkingGroupMember", description = "A region of the working group with its representatives")
public record MemberView(
        @Schema(example = "ES51") String regionCode,
        List<RepresentativeView> representatives,
        @Schema(example = "2023-06-08") LocalDate joinedOn,
        @Schema(description = "Version, also sent as ETag", example = "1") long version,
        @Schema(description = "Who admitted it") String admittedBy,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    @Schema(name = "Representative", description = "An organisation that represents a member region")
    public record RepresentativeView(@Schema(example = "Generalitat de Catalunya, DG Research") String organisation,
            @Schema(nullable = true) String name, @Schema(nullable = true) String role) {
        public static RepresentativeView of(Representative r) {
            return new RepresentativeView(r.organisation(), r.name(), r.role());
        }
    }

    public static MemberView of(WorkingGroupMember m) {
        return new MemberView(m.regionCode, m.representatives.stream().map(RepresentativeView::of).toList(), m.joinedOn,
                m.version, m.admittedBy, m.createdAt, m.updatedAt);
    }
}
