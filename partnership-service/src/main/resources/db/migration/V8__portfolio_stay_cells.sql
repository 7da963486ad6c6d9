-- The portfolio's time in stage and reverts by trigger as aggregates (issue 15; domain/StayLedger), kept like the
-- cells of V6: each transition appends, in its own transaction, the difference it makes (portfolio_stay_delta: inserts
-- only); the scheduled compaction folds the deltas into portfolio_stay_cell. Per programme, priority, country ('' for
-- any) and current stage of the partnership: the number of stays of a kind (COMPLETED, CLOSED, ONGOING, HELD) in a
-- stage (subject) by length or effective start in hours (hour; country first: every read selects one), and of REVERTs by trigger (subject).
create table portfolio_stay_cell (
    country       text   not null,
    programme     text   not null,
    priority_code text   not null,
    stage         text   not null,
    kind          text   not null,
    subject       text   not null,
    hour          bigint not null,
    stays         bigint not null,
    primary key (country, programme, priority_code, stage, kind, subject, hour)
);
create table portfolio_stay_delta (like portfolio_stay_cell);

-- The cells of the history already there, from scratch (the same query as PortfolioStayRepository.FROM_SCRATCH).
insert into portfolio_stay_cell (programme, priority_code, country, stage, kind, subject, hour, stays)
with p as (select id, programme, priority_code, stage, status, member_codes from partnership),
     c as (select id, '' as country from p
           union
           select p.id, substr(m, 1, 2) from p, unnest(string_to_array(trim(both '|' from p.member_codes), '|')) m
           where m <> ''),
     h as (select partnership_id, seq, action, from_stage, to_stage, from_status, trigger, occurred_at,
                  count(*) filter (where action in ('PROPOSE', 'ADVANCE', 'REVERT')) over w as n
           from stage_transition window w as (partition by partnership_id order by seq)),
     holds as (select partnership_id, n, action, occurred_at as since,
                      lead(occurred_at) over (partition by partnership_id order by seq) as until
               from h where action in ('HOLD', 'RESUME') or (action = 'CLOSE' and from_status = 'ON_HOLD')),
     held as (select partnership_id, n,
                     coalesce(sum(extract(epoch from until - since)) filter (where until is not null), 0) as seconds,
                     max(since) filter (where until is null) as open_since
              from holds where action = 'HOLD' group by 1, 2),
     stays as (select s.partnership_id, s.n, s.occurred_at as started_at, e.action as end_action, e.from_stage,
                      e.occurred_at as ended_at
               from h s left join h e on e.partnership_id = s.partnership_id
                    and ((e.action in ('ADVANCE', 'REVERT') and e.n = s.n + 1) or (e.action = 'CLOSE' and e.n = s.n))
               where s.action in ('PROPOSE', 'ADVANCE', 'REVERT')),
     e as (select s.partnership_id, case when s.end_action = 'CLOSE' then 'CLOSED' else 'COMPLETED' end as kind,
                  s.from_stage as subject,
                  floor((extract(epoch from s.ended_at - s.started_at) - coalesce(d.seconds, 0)) / 3600)::bigint as hour
           from stays s left join held d on d.partnership_id = s.partnership_id and d.n = s.n
           where s.ended_at is not null
           union all
           select s.partnership_id, case when d.open_since is null then 'ONGOING' else 'HELD' end, p.stage,
                  case when d.open_since is null
                       then ceil((extract(epoch from s.started_at) + coalesce(d.seconds, 0)) / 86400)::bigint * 24
                       else floor((extract(epoch from d.open_since - s.started_at) - d.seconds) / 3600)::bigint end
           from stays s join p on p.id = s.partnership_id
                left join held d on d.partnership_id = s.partnership_id and d.n = s.n
           where s.ended_at is null and p.status <> 'CLOSED'
           union all
           select partnership_id, 'REVERT', coalesce(trigger, 'null'), 0 from h where action = 'REVERT')
select p.programme, p.priority_code, c.country, p.stage, e.kind, e.subject, e.hour, count(*) as stays
from e join p on p.id = e.partnership_id join c on c.id = p.id
group by 1, 2, 3, 4, 5, 6, 7
;
