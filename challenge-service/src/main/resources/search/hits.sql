-- Full-text search over the learning loop (SearchRepository; the benchmark's scale scenario runs the same text).
-- Parameters: :q (the user's words, websearch syntax), :challenges, :solutions, :practices, :meetings (booleans: which
-- kinds). Each kind's tsvector column is kept by the database (migration V3, GIN indexes); a kind not asked for is
-- skipped by a one-time filter. Rank: ts_rank with the columns' weights (title A, text B, C, D). Only what ranks and
-- orders the hits is read here: titles and texts are read for the page's rows only (page.sql).
with q as (select websearch_to_tsquery('s3coop_text', :q) as query),
hits as (
    select 'CHALLENGE' as type, c.id, ts_rank(c.search_vector, q.query) as rank, c.updated_at as at
    from challenge c, q where cast(:challenges as boolean) and c.search_vector @@ q.query
    union all
    select 'SOLUTION', s.id, ts_rank(s.search_vector, q.query), s.updated_at
    from solution s, q where cast(:solutions as boolean) and s.search_vector @@ q.query
    union all
    select 'PRACTICE', p.id, ts_rank(p.search_vector, q.query), p.updated_at
    from practice p, q where cast(:practices as boolean) and p.search_vector @@ q.query
    union all
    select 'MEETING', m.id, ts_rank(m.search_vector, q.query), m.updated_at
    from meeting m, q where cast(:meetings as boolean) and m.search_vector @@ q.query)
