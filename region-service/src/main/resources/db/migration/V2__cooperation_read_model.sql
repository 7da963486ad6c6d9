-- Read model fed by s3coop.partnerships.v1: which regions take part in which partnership, at which stage.
create table partnership_seen (
    partnership_id uuid primary key,
    version        bigint not null
);

create table partnership_participation (
    partnership_id uuid    not null,
    region_code    text    not null,
    is_lead        boolean not null,
    stage          text    not null,
    status         text    not null,
    primary key (partnership_id, region_code)
);
create index partnership_participation_region on partnership_participation (region_code);
