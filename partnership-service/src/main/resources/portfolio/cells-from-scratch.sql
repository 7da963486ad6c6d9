-- The portfolio's cells (domain/PortfolioCell) computed from scratch from the partnership and investment_project
-- tables: what the deltas of every change add up to (PortfolioInvestmentTests checks it). Read by
-- PortfolioCellRepository (rebuild) and by the bench after its bulk load; migration V6 filled the cells the same way.
with p as (select id, programme, priority_code, stage, status, member_codes,
                  to_char(created_at at time zone 'UTC', 'YYYY') || '-H'
                      || case when extract(month from created_at at time zone 'UTC') <= 6 then '1' else '2' end as since,
                  coalesce(last_reported_period, '') as reported
           from partnership),
     c as (select id, '' as country from p
           union
           select p.id, substr(m, 1, 2) from p, unnest(string_to_array(trim(both '|' from p.member_codes), '|')) m
           where m <> '')
select p.programme, p.priority_code, c.country, p.stage, p.status, p.since, p.reported, '' as instrument,
       '' as project_status, count(*) as partnerships, 0 as projects, 0 as requested_eur, 0 as granted_eur,
       0 as trl_start, 0 as trl_target
from p join c on c.id = p.id
group by 1, 2, 3, 4, 5, 6, 7
union all
select p.programme, p.priority_code, c.country, p.stage, '', '', '', x.instrument, x.status, 0, count(*),
       sum(coalesce(x.requested_eur, 0)), sum(coalesce(x.granted_eur, 0)), sum(x.trl_start), sum(x.trl_target)
from p join c on c.id = p.id join investment_project x on x.partnership_id = p.id
group by 1, 2, 3, 4, 8, 9
