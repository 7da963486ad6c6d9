-- Found by the benchmark's scale scenario (docs/performance.md, 100,000 partnerships): without these, a list filtered
-- by priority walked the whole created_at index (or the table, for its count), and the portfolio's re-scoping list
-- read every row to find the few flagged ones.
create index partnership_priority_listing on partnership (priority_code, created_at, id);
create index partnership_rescoping on partnership (created_at, id) where rescoping_recommended;
