package org.s3coop.region.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.s3coop.region.catalogue.PriorityCatalogue;

@Path("/api/v1/priority-catalogue")
@Tag(name = "Priority catalogue", description = "The Smart Specialisation priorities a region "
        + "or a partnership may name (economic domains, scientific domains, policy objectives)")
@Produces(MediaType.APPLICATION_JSON)
public class PriorityCatalogueResource {
    @Inject
    PriorityCatalogue catalogue;

    @GET
    @Operation(operationId = "getPriorityCatalogue", summary = "The codes S3 priorities may take",
            description = "Per family: NACE Rev.2 sections and divisions (ECONOMIC_DOMAIN), NABS 2007 chapters "
                    + "(SCIENTIFIC_DOMAIN), policy objectives (POLICY_OBJECTIVE). Unknown codes are refused.")
    @APIResponse(responseCode = "200", description = "The catalogue")
    public List<PriorityCatalogue.Family> get() {
        return catalogue.families();
    }
}
