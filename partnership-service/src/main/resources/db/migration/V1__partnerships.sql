-- A partnership is one row: members, participants and the four evidence documents are JSON documents of it, so a
-- change locks one row (SELECT ... FOR UPDATE) and bumps one version.
create table partnership (
    id                    uuid primary key,
    title                 text        not null,
    priority_family       text        not null,
    priority_code         text        not null,
    lead_region           text        not null,
    members               text        not null default '[]',
    -- |ES51|DE21|: the member codes, for filtering by region
    member_codes          text        not null default '||',
    participants          text        not null default '[]',
    stage                 text        not null,
    status                text        not null,
    outcome               text,
    scoping_note          text,
    complementarity_map   text,
    pilot_report          text,
    funding_plan          text,
    rescoping_recommended boolean     not null default false,
    rescoping_reason      text,
    stage_entered_at      timestamptz not null,
    version               bigint      not null,
    created_at            timestamptz not null,
    updated_at            timestamptz not null
);
create index partnership_created on partnership (created_at, id);
create index partnership_stage_status on partnership (stage, status);

-- The history: the proposal, then every transition.
create table stage_transition (
    seq            bigserial primary key,
    partnership_id uuid        not null references partnership (id),
    action         text        not null,
    from_stage     text,
    to_stage       text        not null,
    from_status    text,
    to_status      text        not null,
    trigger        text,
    reason         text,
    outcome        text,
    actor          text        not null,
    occurred_at    timestamptz not null,
    version        bigint      not null
);
create index stage_transition_partnership on stage_transition (partnership_id, seq);

-- Read model of regions (from s3coop.regions.v1).
create table known_region (
    code       text primary key,
    name       text,
    country    text        not null,
    active     boolean     not null,
    priorities text        not null default '[]',
    version    bigint      not null,
    updated_at timestamptz not null
);

-- Read model of challenges (from s3coop.challenges.v1): enough to count the open blocking ones per partnership.
create table tracked_challenge (
    id             text primary key,
    partnership_id text,
    severity       text        not null,
    status         text        not null,
    blocking       boolean     not null,
    version        bigint      not null,
    updated_at     timestamptz not null
);
create index tracked_challenge_blocking on tracked_challenge (partnership_id) where blocking;
