package org.s3coop.challenge.repository;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * Full-text search over challenges, solutions, practices and meetings: PostgreSQL's {@code tsvector} columns (kept by
 * the database, migration V3: generated columns with GIN indexes, text search configuration {@code s3coop_text}:
 * unaccent, then English stemming), queried with {@code websearch_to_tsquery} (quotes, {@code or}, {@code -word};
 * never a syntax error), ranked with {@code ts_rank}, highlighted with {@code ts_headline} on the page's rows only.
 * The SQL is in {@code search/hits.sql} and {@code search/page.sql} (the benchmark runs the same text).
 */
@ApplicationScoped
@WithSession
public class SearchRepository {
    /** Marks a match in the highlighted text (control characters no text holds; the caller escapes and replaces them). */
    public static final char START = '\u0002';
    public static final char STOP = '\u0003';

    /** The hits of a query (a CTE); {@link #PAGE} pages them, {@link #COUNT} counts them. */
    private static final String HITS = sql("search/hits.sql");
    /** One page of hits, best first, with the total; headlines only for the page's rows. */
    public static final String PAGE = HITS + sql("search/page.sql");
    private static final String COUNT = HITS + " select count(*) from hits";

    /** Which kinds of thing to search. */
    public record Kinds(boolean challenges, boolean solutions, boolean practices, boolean meetings) {
    }

    /** Rows of [type, id, challenge id, highlighted title, highlighted snippet, rank, time, total]. */
    public Uni<List<Object[]>> page(String query, Kinds kinds, int limit, int offset) {
        return Panache.getSession().chain(s -> s.createNativeQuery(PAGE, Object[].class)
                .setParameter("q", query)
                .setParameter("challenges", kinds.challenges()).setParameter("solutions", kinds.solutions())
                .setParameter("practices", kinds.practices()).setParameter("meetings", kinds.meetings())
                .setParameter("limit", limit).setParameter("offset", offset)
                .getResultList());
    }

    /** The SQL of a resource, without its comment lines. */
    private static String sql(String resource) {
        try (InputStream in = SearchRepository.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.strip().startsWith("--")).collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The number of hits (for a page past the last one, which holds no row to carry the total). */
    public Uni<Long> count(String query, Kinds kinds) {
        return Panache.getSession().chain(s -> s.createNativeQuery(COUNT, Long.class)
                .setParameter("q", query)
                .setParameter("challenges", kinds.challenges()).setParameter("solutions", kinds.solutions())
                .setParameter("practices", kinds.practices()).setParameter("meetings", kinds.meetings())
                .getSingleResult());
    }
}
