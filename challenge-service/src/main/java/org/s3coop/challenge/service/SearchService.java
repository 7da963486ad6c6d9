package org.s3coop.challenge.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.s3coop.challenge.repository.SearchRepository;
import org.s3coop.platform.paging.Page;
import org.s3coop.platform.paging.PageRequest;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * Full-text search over challenges, solutions, good practices and meetings ({@link SearchRepository}): ranked,
 * accent-insensitive, with highlighted snippets, paged.
 */
@ApplicationScoped
public class SearchService {
    /** Marks the start and the end of a match in a hit's title and snippet (characters no stored text holds). */
    public static final char MATCH_START = SearchRepository.START;
    public static final char MATCH_STOP = SearchRepository.STOP;

    @Inject
    SearchRepository search;

    /** What can be searched. */
    public enum Kind {
        CHALLENGE, SOLUTION, PRACTICE, MEETING
    }

    /**
     * One hit: what it is, its id (and its challenge's, for a challenge, solution or practice), its title and a snippet
     * of its text with the matches marked by {@link #MATCH_START} / {@link #MATCH_STOP}, its rank
     * (higher is better) and when it last changed.
     */
    public record Hit(Kind kind, UUID id, UUID challengeId, String title, String snippet, double rank,
            OffsetDateTime updatedAt) {
    }

    /** {@code kinds} empty: every kind. */
    @WithSession
    public Uni<Page<Hit>> search(String query, Set<Kind> kinds, PageRequest page) {
        boolean all = kinds.isEmpty();
        var which = new SearchRepository.Kinds(all || kinds.contains(Kind.CHALLENGE), all || kinds.contains(Kind.SOLUTION),
                all || kinds.contains(Kind.PRACTICE), all || kinds.contains(Kind.MEETING));
        return search.page(query, which, page.size(), page.offset()).chain(rows -> {
            List<Hit> hits = rows.stream().map(SearchService::hit).toList();
            if (!rows.isEmpty()) {
                return Uni.createFrom().item(Page.of(hits, page, ((Number) rows.get(0)[7]).longValue()));
            }
            return page.offset() == 0 ? Uni.createFrom().item(Page.of(hits, page, 0))
                    : search.count(query, which).map(total -> Page.of(hits, page, total));
        });
    }

    private static Hit hit(Object[] row) {
        return new Hit(Kind.valueOf((String) row[0]), UUID.fromString((String) row[1]),
                row[2] == null ? null : UUID.fromString((String) row[2]), (String) row[3], (String) row[4],
                ((Number) row[5]).doubleValue(), time(row[6]));
    }

    private static OffsetDateTime time(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.time.LocalDateTime ldt) {
            return ldt.atOffset(ZoneOffset.UTC);
        }
        return OffsetDateTime.parse(String.valueOf(value));
    }
}
