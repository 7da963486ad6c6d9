package org.s3coop.challenge.rest.dto;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.challenge.service.SearchService;

@Schema(name = "SearchHit", description = "One search result. `title` and `snippet` are HTML-escaped text in which each "
        + "match is wrapped in <mark>…</mark>")
public record SearchHitView(
        @Schema(example = "PRACTICE") SearchService.Kind type,
        UUID id,
        @Schema(description = "The challenge it belongs to (challenges, solutions, practices); null for a meeting", nullable = true)
        UUID challengeId,
        @Schema(example = "Joint <mark>secretariat</mark> for interregional cooperation") String title,
        @Schema(example = "Each region seconds one person half-time to a shared <mark>secretariat</mark>.") String snippet,
        @Schema(description = "Relevance (ts_rank, higher first)", example = "0.6079") double rank,
        OffsetDateTime updatedAt,
        @Schema(description = "Where to read it", example = "/api/v1/practices/6a1f…") String link) {

    public static SearchHitView of(SearchService.Hit h) {
        return new SearchHitView(h.kind(), h.id(), h.challengeId(), marked(h.title()), marked(h.snippet()),
                Math.round(h.rank() * 10_000) / 10_000.0, h.updatedAt(), link(h));
    }

    private static String link(SearchService.Hit h) {
        return switch (h.kind()) {
            case CHALLENGE -> "/api/v1/challenges/" + h.id();
            case SOLUTION -> "/api/v1/challenges/" + h.challengeId() + "/solutions/" + h.id();
            case PRACTICE -> "/api/v1/practices/" + h.id();
            case MEETING -> "/api/v1/meetings/" + h.id();
        };
    }

    /** HTML-escapes the text and turns the search's match markers into {@code <mark>} elements. */
    static String marked(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case SearchService.MATCH_START -> out.append("<mark>");
                case SearchService.MATCH_STOP -> out.append("</mark>");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
