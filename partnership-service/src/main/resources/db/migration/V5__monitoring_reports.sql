-- Monitoring reports (DESIGN.md section 9; issue 15): an indicator catalogue (reference data, one row per indicator:
-- a new indicator is a row), the reports per partnership and half-year period, and on the partnership the latest
-- period it submitted a report for (reportOverdue reads it).
create table indicator (
    code        text primary key,
    name        text    not null,
    kind        text    not null check (kind in ('OUTPUT', 'RESULT')),
    -- how the system fills it in at submission (domain/Computation); null: entered by the partnership
    computation text check (computation in ('ACTIVE_REGIONS', 'PARTICIPANTS', 'DEMONSTRATORS', 'PROJECTS_SUBMITTED',
                                            'PROJECTS_FUNDED', 'INVESTMENT_MOBILISED')),
    unit        text    not null,
    position    integer not null
);
insert into indicator (code, name, kind, computation, unit, position)
values ('REGIONS_INVOLVED', 'Regions involved (active members)', 'OUTPUT', 'ACTIVE_REGIONS', 'regions', 1),
       ('ORGANISATIONS_INVOLVED', 'Organisations involved (participants)', 'OUTPUT', 'PARTICIPANTS', 'organisations', 2),
       ('DEMONSTRATORS', 'Demonstrators run', 'OUTPUT', 'DEMONSTRATORS', 'demonstrators', 3),
       ('PROJECTS_SUBMITTED', 'Investment projects submitted', 'OUTPUT', 'PROJECTS_SUBMITTED', 'projects', 4),
       ('PROJECTS_FUNDED', 'Investment projects funded', 'RESULT', 'PROJECTS_FUNDED', 'projects', 5),
       ('INVESTMENT_MOBILISED_EUR', 'Investment mobilised (granted)', 'RESULT', 'INVESTMENT_MOBILISED', 'EUR', 6),
       ('EVENTS_HELD', 'Matchmaking and peer-learning events held', 'OUTPUT', null, 'events', 7),
       ('PEOPLE_TRAINED', 'People trained', 'OUTPUT', null, 'people', 8),
       ('JOBS_CREATED', 'Jobs created', 'RESULT', null, 'jobs (FTE)', 9),
       ('PRIVATE_INVESTMENT_EUR', 'Private investment leveraged', 'RESULT', null, 'EUR', 10);

create table monitoring_report (
    id                      uuid primary key,
    partnership_id          uuid        not null references partnership (id),
    period                  text        not null check (period ~ '^[0-9]{4}-H[12]$'),
    narrative               text,
    indicator_values        text        not null default '{}',
    mobilised_by_instrument text        not null default '{}',
    status                  text        not null check (status in ('DRAFT', 'SUBMITTED')),
    version                 bigint      not null,
    created_at              timestamptz not null,
    updated_at              timestamptz not null,
    submitted_at            timestamptz,
    submitted_by            text,
    unique (partnership_id, period)
);

-- 2026-H1: the latest period with a submitted report (periods sort as text); null: none yet
alter table partnership add column last_reported_period text;
