package org.s3coop.challenge.rest;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.s3coop.challenge.rest.dto.SearchHitView;
import org.s3coop.challenge.service.SearchService;
import org.s3coop.platform.paging.Page;
import org.s3coop.platform.paging.PageRequest;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/search")
@Tag(name = "Search", description = "Full text over challenges, solutions, good practices and meetings")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {
    private static final String TYPES = "^(CHALLENGE|SOLUTION|PRACTICE|MEETING)(,(CHALLENGE|SOLUTION|PRACTICE|MEETING))*$";
    private static final String TYPES_RULE = "must be CHALLENGE, SOLUTION, PRACTICE or MEETING, several separated by commas";

    @Inject
    SearchService service;

    @GET
    @Operation(operationId = "search", summary = "Search the learning loop",
            description = "Full text (PostgreSQL) over challenges (title, description), solutions (title, description), "
                    + "good practices (title, summary, context, conditions for transfer, contact) and meetings (title, "
                    + "agenda, minutes, decisions). Accent-insensitive (`regiao` finds `Região`) and stemmed (`practices` "
                    + "finds `practice`); web-search syntax: words (all must match), \"quoted phrases\", `or`, `-word`. "
                    + "Best match first (title weighs most); title and snippet are HTML-escaped with each match in "
                    + "<mark>…</mark>.")
    @APIResponse(responseCode = "200", description = "One page of hits, best first")
    public Uni<Page<SearchHitView>> search(
            @QueryParam("q") @NotBlank(message = "must not be blank: the words to search for") @Size(max = 200)
            @Pattern(regexp = "^[^\\x00]*$", message = "must not contain the NUL character")
            @Parameter(description = "What to search for", required = true, example = "secretariat") String q,
            @QueryParam("types") @Size(max = 10)
            @Parameter(description = "Only these kinds (repeat the parameter or separate by commas); absent: all",
                    example = "PRACTICE") List<@Pattern(regexp = TYPES, message = TYPES_RULE) String> types,
            @Valid @BeanParam PageRequest pageRequest) {
        Set<SearchService.Kind> kinds = EnumSet.noneOf(SearchService.Kind.class);
        if (types != null) {
            types.forEach(t -> {
                for (String kind : t.split(",")) {
                    kinds.add(SearchService.Kind.valueOf(kind));
                }
            });
        }
        return service.search(q.strip(), kinds, pageRequest).map(p -> p.map(SearchHitView::of));
    }
}
