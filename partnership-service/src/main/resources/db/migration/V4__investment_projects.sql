-- Investment projects of a partnership (DESIGN.md section 9; issue 15), and their history. Amounts in EUR.
create table investment_project (
    id             uuid primary key,
    partnership_id uuid          not null references partnership (id),
    title          text          not null,
    instrument     text          not null,
    -- JSON: region codes of active members; ids of the partnership's participants
    regions        text          not null default '[]',
    organisations  text          not null default '[]',
    trl_start      integer       not null check (trl_start between 1 and 9),
    trl_target     integer       not null check (trl_target between 1 and 9 and trl_target >= trl_start),
    budget_eur     numeric(16, 2) check (budget_eur >= 0),
    requested_eur  numeric(16, 2) check (requested_eur >= 0),
    granted_eur    numeric(16, 2) check (granted_eur >= 0),
    starts_on      date,
    ends_on        date check (ends_on >= starts_on),
    status         text          not null,
    version        bigint        not null,
    created_at     timestamptz   not null,
    updated_at     timestamptz   not null
);
create index investment_project_partnership on investment_project (partnership_id, created_at);

create table project_transition (
    seq            bigserial primary key,
    project_id     uuid        not null references investment_project (id),
    partnership_id uuid        not null,
    action         text        not null,
    from_status    text        not null,
    to_status      text        not null,
    reason         text,
    actor          text        not null,
    occurred_at    timestamptz not null,
    version        bigint      not null
);
create index project_transition_project on project_transition (project_id, seq);
