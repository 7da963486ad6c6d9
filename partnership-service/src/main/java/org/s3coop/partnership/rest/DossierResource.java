package org.s3coop.partnership.rest;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.s3coop.partnership.rest.dto.DossierView;
import org.s3coop.partnership.service.DossierService;
import org.s3coop.platform.contract.ContractPatterns;
import org.s3coop.platform.rest.Negotiation;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/partnerships/{id}/dossier")
@Tag(name = "Partnerships")
public class DossierResource {
    private static final List<MediaType> OFFERED = List.of(MediaType.APPLICATION_JSON_TYPE,
            MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));

    @Inject
    DossierService dossiers;
    @Inject
    HttpHeaders headers;
    @Inject
    @Location("dossier.html")
    Template page;

    @GET
    @Produces({ MediaType.APPLICATION_JSON, MediaType.TEXT_HTML })
    @Operation(operationId = "getDossier", summary = "Read a partnership's dossier",
            description = "The whole story of a partnership for evaluators, as this service knows it now: members "
                    + "(with the region names of its read model), commitment letters, organisations, evidence, the "
                    + "stage history, investment projects, monitoring reports with their indicator values, the "
                    + "challenges known on it or its ACTIVE member regions, and the audit trail in short (changes by "
                    + "action, the 10 latest). By `Accept`: JSON, or `text/html`, a printable page (print styles, "
                    + "no external assets) a browser shows when it follows a link here. No ETag: the dossier gathers "
                    + "parts with versions of their own; read it again for the current story.")
    @APIResponse(responseCode = "200", description = "The dossier", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DossierView.class)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING,
                    description = "A printable HTML page (UTF-8) of the same content"),
                    example = "<!DOCTYPE html><html lang=\"en\"><head><title>Dossier: Bio-based packaging</title>…") })
    @APIResponse(responseCode = "404", description = "No such partnership")
    @APIResponse(responseCode = "406", description = "Accept names neither JSON nor HTML")
    public Uni<Response> get(@PathParam("id") @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE) String id) {
        MediaType as = Negotiation.choose(headers, OFFERED);
        return dossiers.compile(UUID.fromString(id)).map(DossierView::of).map(view -> as.isCompatible(MediaType.TEXT_HTML_TYPE)
                ? Response.ok(page.data("d", view).render(), as).build()
                : Response.ok(view, as).build());
    }
}
