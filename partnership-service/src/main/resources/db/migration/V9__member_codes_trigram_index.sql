-- "Which partnerships have region X as a member" (GET /api/v1/partnerships?region=X, alone or with stage/status):
-- member_codes holds the codes as '|ES51|PT11|' and the filter is member_codes like '%|X|%', which no b-tree index
-- serves (at 100,000 partnerships the listing walked the created_at index and filtered 100,400 rows: 73.7 ms, p99
-- 178 ms; docs/performance.md, "Issue 18, stop 23"). A trigram index answers the substring match. pg_trgm is a
-- trusted extension: the database's owner may create it.
create extension if not exists pg_trgm;
create index partnership_member_codes_trgm on partnership using gin (member_codes gin_trgm_ops);
