create table region (
    code           text primary key,
    name           text        not null,
    country        text        not null,
    level          smallint    not null,
    nuts_version   text        not null,
    priorities     text        not null default '[]',
    priority_codes text        not null default '||',
    active         boolean     not null default true,
    version        bigint      not null,
    created_at     timestamptz not null,
    updated_at     timestamptz not null
);
create index region_country on region (country, code);

create table stakeholder (
    id          uuid primary key,
    region_code text        not null references region (code),
    name        text        not null,
    type        text        not null,
    created_at  timestamptz not null
);
create index stakeholder_region on stakeholder (region_code, name);
