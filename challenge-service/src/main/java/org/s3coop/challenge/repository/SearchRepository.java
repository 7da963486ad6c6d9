package org.s3coop.challenge.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * Full-text search over challenges, solutions, practices and meetings: PostgreSQL's {@code tsvector} columns (kept by
 * the database, migration V3: generated columns with GIN indexes, text search configuration {@code s3coop_text}:
 * unaccent, then English stemming), queried with {@code websearch_to_tsquery} (quotes, {@code or}, {@code -word};
 * never a syntax error), ranked with {@code ts_rank}, highlighted with {@code ts_headline} on the page's rows only.
 */
@ApplicationScoped
@WithSession
public class SearchRepository {
    /** Marks a match in the highlighted text (control characters no text holds; the caller escapes and replaces them). */
    public static final char START = '\u0002';
    public static final char STOP = '\u0003';

    private static final String HITS = "with q as (select websearch_to_tsquery('s3coop_text', :q) as query), "
            + "hits as ("
            + "select 'CHALLENGE' as type, c.id, c.id as challenge_id, c.title, c.description as body, "
            + "ts_rank(c.search_vector, q.query) as rank, c.updated_at as at "
            + "from challenge c, q where cast(:challenges as boolean) and c.search_vector @@ q.query "
            + "union all select 'SOLUTION', s.id, s.challenge_id, s.title, s.description, "
            + "ts_rank(s.search_vector, q.query), s.updated_at "
            + "from solution s, q where cast(:solutions as boolean) and s.search_vector @@ q.query "
            + "union all select 'PRACTICE', p.id, p.challenge_id, p.title, concat_ws(' ', p.summary, p.context, "
            + "p.conditions_for_transfer, p.contact_organisation), ts_rank(p.search_vector, q.query), p.updated_at "
            + "from practice p, q where cast(:practices as boolean) and p.search_vector @@ q.query "
            + "union all select 'MEETING', m.id, null, m.title, concat_ws(' ', m.agenda, m.minutes, "
            + "(select string_agg(d, '; ') from json_array_elements_text(cast(m.decisions as json)) d)), "
            + "ts_rank(m.search_vector, q.query), m.updated_at "
            + "from meeting m, q where cast(:meetings as boolean) and m.search_vector @@ q.query) ";
    private static final String OPTIONS = "'StartSel=' || chr(2) || ', StopSel=' || chr(3)";
    /** One page of hits, best first, with the total; headlines only for the page's rows. */
    public static final String PAGE = HITS
            + ", page as (select h.*, count(*) over () as total from hits h order by h.rank desc, h.at desc, h.id "
            + "limit :limit offset :offset) "
            + "select p.type, cast(p.id as text), cast(p.challenge_id as text), "
            + "ts_headline('s3coop_text', p.title, q.query, " + OPTIONS + " || ', HighlightAll=true'), "
            + "ts_headline('s3coop_text', p.body, q.query, " + OPTIONS
            + " || ', MaxFragments=2, MaxWords=20, MinWords=8, FragmentDelimiter=\" … \"'), "
            + "p.rank, p.at, p.total from page p, q order by p.rank desc, p.at desc, p.id";
    private static final String COUNT = HITS + "select count(*) from hits";

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

    /** The number of hits (for a page past the last one, which holds no row to carry the total). */
    public Uni<Long> count(String query, Kinds kinds) {
        return Panache.getSession().chain(s -> s.createNativeQuery(COUNT, Long.class)
                .setParameter("q", query)
                .setParameter("challenges", kinds.challenges()).setParameter("solutions", kinds.solutions())
                .setParameter("practices", kinds.practices()).setParameter("meetings", kinds.meetings())
                .getSingleResult());
    }
}
