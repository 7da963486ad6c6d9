-- "The challenges of region X" include those of the partnerships X is a member of: known_partnership.member_regions
-- holds the codes as '|ES51|PT11|' and is filtered with member_regions like '%|X|%', which no b-tree index serves
-- (at 100,000 partnerships a sequential scan removing 99,732 rows: 28 of the listing's 34 ms, p99 90 ms;
-- docs/performance.md, "Issue 18, stop 23"). A trigram index answers the substring match. pg_trgm is a trusted
-- extension: the database's owner may create it.
create extension if not exists pg_trgm;
create index known_partnership_member_regions_trgm on known_partnership using gin (member_regions gin_trgm_ops);
