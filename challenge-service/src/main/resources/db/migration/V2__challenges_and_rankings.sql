-- Challenges raised on a partnership, a region or the whole community.
create table challenge (
    id            uuid primary key,
    cluster_code  text        not null references challenge_cluster (code),
    sub_dimension text        references challenge_sub_dimension (code),
    title         text        not null,
    description   text        not null default '',
    scope_type    text        not null check (scope_type in ('PARTNERSHIP', 'REGION', 'COMMUNITY')),
    scope_ref     text,
    severity      text        not null check (severity in ('LOW', 'MEDIUM', 'HIGH', 'BLOCKING')),
    status        text        not null check (status in ('OPEN', 'ADDRESSED', 'CLOSED', 'WITHDRAWN')),
    raised_by     text        not null,
    version       bigint      not null,
    created_at    timestamptz not null,
    updated_at    timestamptz not null
);
create index challenge_listing on challenge (created_at desc, id);
create index challenge_scope on challenge (scope_type, scope_ref);
create index challenge_open on challenge (status, cluster_code);

-- Every status change of a challenge, in order.
create table challenge_transition (
    id           uuid primary key,
    challenge_id uuid        not null references challenge (id),
    action       text        not null,
    from_status  text        not null,
    to_status    text        not null,
    reason       text        not null,
    actor        text        not null,
    at           timestamptz not null,
    version      bigint      not null
);
create index challenge_transition_by_challenge on challenge_transition (challenge_id, version);

-- Operational solutions co-developed for a challenge.
create table solution (
    id               uuid primary key,
    challenge_id     uuid        not null references challenge (id),
    title            text        not null,
    description      text        not null default '',
    status           text        not null check (status in ('PROPOSED', 'PILOTED', 'ADOPTED')),
    adopting_regions text        not null default '[]',
    proposed_by      text        not null,
    created_at       timestamptz not null,
    updated_at       timestamptz not null
);
create index solution_by_challenge on solution (challenge_id, created_at);

-- One ordered list of clusters per region and ranking round; re-casting replaces it.
create table ranking_vote (
    round_id    text        not null,
    region_code text        not null,
    clusters    text        not null,
    cast_by     text        not null,
    cast_at     timestamptz not null,
    version     bigint      not null,
    primary key (round_id, region_code)
);

-- Read models, fed by other services' events (never by their tables). A row is replaced only by a newer version.
create table known_region (
    code       text primary key,
    country    text        not null,
    name       text        not null,
    active     boolean     not null,
    version    bigint      not null,
    updated_at timestamptz not null default now()
);

create table known_partnership (
    id             text primary key,
    title          text        not null,
    stage          text        not null,
    status         text        not null,
    member_regions text        not null default '||',
    version        bigint      not null,
    updated_at     timestamptz not null default now()
);
