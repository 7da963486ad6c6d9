-- The portfolio's aggregates (issue 15; domain/PortfolioCell): each change of a partnership or of its projects and
-- reports appends, in its own transaction, the difference it makes to the cells (portfolio_delta: inserts only, so
-- concurrent changes never wait for each other); a scheduled compaction folds the deltas into portfolio_cell. The
-- portfolio reads both, summed: a few thousand rows whatever the size of the history.
create table portfolio_cell (
    programme      text    not null,
    priority_code  text    not null,
    country        text    not null,
    stage          text    not null,
    status         text    not null,
    since          text    not null,
    reported       text    not null,
    instrument     text    not null,
    project_status text    not null,
    partnerships   bigint  not null,
    projects       bigint  not null,
    requested_eur  numeric not null,
    granted_eur    numeric not null,
    trl_start      bigint  not null,
    trl_target     bigint  not null,
    primary key (programme, priority_code, country, stage, status, since, reported, instrument, project_status)
);
create table portfolio_delta (like portfolio_cell);
alter table portfolio_delta drop constraint if exists portfolio_delta_pkey;

-- The cells of the partnerships already there, from scratch (the same query as PortfolioCellRepository.FROM_SCRATCH).
insert into portfolio_cell
with p as (select id, programme, priority_code, stage, status, member_codes,
                  to_char(created_at at time zone 'UTC', 'YYYY') || '-H'
                      || case when extract(month from created_at at time zone 'UTC') <= 6 then '1' else '2' end as since,
                  coalesce(last_reported_period, '') as reported
           from partnership),
     c as (select id, '' as country from p
           union
           select p.id, substr(m, 1, 2) from p, unnest(string_to_array(trim(both '|' from p.member_codes), '|')) m
           where m <> '')
select p.programme, p.priority_code, c.country, p.stage, p.status, p.since, p.reported, '', '', count(*), 0, 0, 0, 0, 0
from p join c on c.id = p.id
group by 1, 2, 3, 4, 5, 6, 7
union all
select p.programme, p.priority_code, c.country, p.stage, '', '', '', x.instrument, x.status, 0, count(*),
       sum(coalesce(x.requested_eur, 0)), sum(coalesce(x.granted_eur, 0)), sum(x.trl_start), sum(x.trl_target)
from p join c on c.id = p.id join investment_project x on x.partnership_id = p.id
group by 1, 2, 3, 4, 8, 9;
