package org.s3coop.challenge.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.s3coop.challenge.rest.dto.ClusterView;
import org.s3coop.challenge.service.ClusterCatalogue;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/challenge-clusters")
@Tag(name = "Challenge clusters", description = "The working group's catalogue of challenge clusters")
@Produces(MediaType.APPLICATION_JSON)
public class ChallengeClusterResource {
    @Inject
    ClusterCatalogue catalogue;

    @GET
    @Operation(operationId = "listChallengeClusters", summary = "The challenge clusters",
            description = "The six clusters of challenges, in catalogue order, each with its sub-dimensions.")
    @APIResponse(responseCode = "200", description = "The catalogue",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ClusterView.class)))
    public Uni<List<ClusterView>> list() {
        return catalogue.all().map(all -> all.stream().map(ClusterView::of).toList());
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getChallengeCluster", summary = "One challenge cluster with its sub-dimensions",
            description = "A cluster of the catalogue (what challenges are filed under and ranking rounds rank), "
                    + "with its name, description and sub-dimensions")
    @APIResponse(responseCode = "200", description = "The cluster",
            content = @Content(schema = @Schema(implementation = ClusterView.class)))
    @APIResponse(responseCode = "404", description = "No such cluster")
    public Uni<ClusterView> get(@PathParam("code") @Pattern(regexp = ChallengePatterns.CATALOGUE_CODE, message = ChallengePatterns.CATALOGUE_CODE_RULE)
    @Parameter(example = "CAPACITY") String code) {
        return catalogue.one(code).map(ClusterView::of);
    }
}
