-- The working group's learning loop (issue 16): members, meetings, ranking rounds that open and close, good
-- practices adopted region by region, and full-text search over all of it.

-- ---------------------------------------------------------------------------------------------------------------
-- Full-text search: one configuration for documents and queries alike. English stemming ("practices" finds
-- "practice") after unaccent ("Região" and "regiao" are the same word). unaccent is a trusted contrib extension
-- (PostgreSQL 13+): the database owner may create it.
create extension if not exists unaccent;
create text search configuration s3coop_text (copy = english);
alter text search configuration s3coop_text
    alter mapping for hword, hword_part, word, asciiword, asciihword, hword_asciipart with unaccent, english_stem;

-- ---------------------------------------------------------------------------------------------------------------
-- The region read model learns when a region was retired (votes of regions retired before a round closes are not
-- counted). Regions already retired: the time the read model last changed them is the best known.
alter table known_region add column retired_at timestamptz;
update known_region set retired_at = updated_at where not active;

-- ---------------------------------------------------------------------------------------------------------------
-- Working-group members: regions known to the region read model, with their representatives' organisations. A
-- region that leaves keeps its row (left_at set; its version goes on if it joins again).
create table working_group_member (
    region_code     text primary key,
    representatives text        not null default '[]',
    joined_on       date        not null,
    left_at         timestamptz,
    version         bigint      not null,
    admitted_by     text        not null,
    created_at      timestamptz not null,
    updated_at      timestamptz not null
);

-- ---------------------------------------------------------------------------------------------------------------
-- Meetings of the working group: PLANNED -> HELD -> MINUTES_PUBLISHED.
create table meeting (
    id            uuid primary key,
    title         text        not null,
    kind          text        not null check (kind in ('KICK_OFF', 'WORKSHOP', 'PEER_REVIEW', 'STUDY_VISIT', 'WEBINAR')),
    meeting_date  date        not null,
    host_region   text        not null,
    agenda        text        not null default '',
    attendance    text        not null default '{"regions":[],"organisations":[]}',
    minutes       text        not null default '',
    decisions     text        not null default '[]',
    status        text        not null check (status in ('PLANNED', 'HELD', 'MINUTES_PUBLISHED')),
    version       bigint      not null,
    created_by    text        not null,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    search_vector tsvector generated always as (
        setweight(to_tsvector('s3coop_text', title), 'A')
        || setweight(to_tsvector('s3coop_text', agenda), 'B')
        || setweight(to_tsvector('s3coop_text', minutes || ' ' || decisions), 'C')) stored
);
create index meeting_by_date on meeting (meeting_date desc, id);
create index meeting_search on meeting using gin (search_vector);

-- Challenges raised and solutions proposed at a meeting refer to it.
alter table challenge add column meeting_id uuid references meeting (id);
alter table solution add column meeting_id uuid references meeting (id);
create index challenge_by_meeting on challenge (meeting_id) where meeting_id is not null;
create index solution_by_meeting on solution (meeting_id) where meeting_id is not null;

alter table challenge add column search_vector tsvector generated always as (
    setweight(to_tsvector('s3coop_text', title), 'A')
    || setweight(to_tsvector('s3coop_text', description), 'B')) stored;
create index challenge_search on challenge using gin (search_vector);
alter table solution add column search_vector tsvector generated always as (
    setweight(to_tsvector('s3coop_text', title), 'A')
    || setweight(to_tsvector('s3coop_text', description), 'B')) stored;
create index solution_search on solution using gin (search_vector);

-- ---------------------------------------------------------------------------------------------------------------
-- Ranking rounds: OPEN -> CLOSED (by a call, or by the deadline); the result is frozen at the close.
create table ranking_round (
    code         text primary key,
    title        text        not null,
    meeting_id   uuid        references meeting (id),
    clusters     text        not null,
    deadline     timestamptz,
    members_only boolean     not null,
    implicit     boolean     not null,
    status       text        not null check (status in ('OPEN', 'CLOSED')),
    created_by   text        not null,
    created_at   timestamptz not null,
    closed_at    timestamptz,
    closed_by    text,
    closed_on    text check (closed_on in ('CALL', 'DEADLINE')),
    result       text,
    version      bigint      not null
);
create index ranking_round_due on ranking_round (deadline) where status = 'OPEN' and deadline is not null;
create index ranking_round_closed on ranking_round (closed_at) where status = 'CLOSED';

-- The rounds that exist today (a round came into being with its first vote; 2023-kickoff is one) keep their
-- votes and their result: OPEN, without deadline or meeting, ranking the whole catalogue, and open to every known
-- active region as before. The regions that voted in them were the working group: they become its members.
insert into ranking_round (code, title, meeting_id, clusters, deadline, members_only, implicit, status, created_by,
                           created_at, version)
select v.round_id, v.round_id, null,
       (select json_agg(c.code order by c.position)::text from challenge_cluster c),
       null, false, true, 'OPEN', 'migration', min(v.cast_at), 1
from ranking_vote v
group by v.round_id;

insert into working_group_member (region_code, representatives, joined_on, version, admitted_by, created_at, updated_at)
select v.region_code, '[]', min(v.cast_at)::date, 1, 'migration', min(v.cast_at), min(v.cast_at)
from ranking_vote v
group by v.region_code;

alter table ranking_vote add constraint ranking_vote_round foreign key (round_id) references ranking_round (code);

-- ---------------------------------------------------------------------------------------------------------------
-- Good practices: an adopted solution published with its story, and each region's adoption of it.
create table practice (
    id                      uuid primary key,
    solution_id             uuid        not null unique references solution (id),
    challenge_id            uuid        not null references challenge (id),
    title                   text        not null,
    summary                 text        not null,
    context                 text        not null default '',
    conditions_for_transfer text        not null default '',
    contact_organisation    text        not null,
    evidence_links          text        not null default '[]',
    published_by            text        not null,
    version                 bigint      not null,
    created_at              timestamptz not null,
    updated_at              timestamptz not null,
    search_vector tsvector generated always as (
        setweight(to_tsvector('s3coop_text', title), 'A')
        || setweight(to_tsvector('s3coop_text', summary), 'B')
        || setweight(to_tsvector('s3coop_text', context || ' ' || conditions_for_transfer), 'C')
        || setweight(to_tsvector('s3coop_text', contact_organisation), 'D')) stored
);
create index practice_listing on practice (created_at desc, id);
create index practice_search on practice using gin (search_vector);

create table practice_adoption (
    practice_id      uuid        not null references practice (id),
    region_code      text        not null,
    status           text        not null check (status in ('PLANNED', 'IMPLEMENTING', 'IMPLEMENTED', 'ABANDONED')),
    adaptation_notes text        not null default '',
    version          bigint      not null,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    primary key (practice_id, region_code)
);
create index practice_adoption_by_region on practice_adoption (region_code);

-- Every change of an adoption, in order: the region's own story of implementing the practice.
create table practice_adoption_change (
    id               uuid primary key,
    practice_id      uuid        not null,
    region_code      text        not null,
    from_status      text,
    to_status        text        not null,
    adaptation_notes text        not null,
    actor            text        not null,
    at               timestamptz not null,
    version          bigint      not null,
    foreign key (practice_id, region_code) references practice_adoption (practice_id, region_code)
);
create index practice_adoption_change_by_adoption on practice_adoption_change (practice_id, region_code, version);
