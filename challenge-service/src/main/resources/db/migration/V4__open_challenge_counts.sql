-- The challenge summary as an aggregate (issue 15): the open challenges per cluster, severity and current stage of the
-- partnership they are raised on ('' for a region, the community, or a partnership the read model does not know yet),
-- kept by each change of a challenge (raise, update, transition) and by the partnership consumer when a partnership's
-- stage changes, in the same transaction (OpenChallengeCounts). /challenges/summary reads these few rows.
create table open_challenge_count (
    cluster_code text   not null,
    severity     text   not null,
    stage        text   not null,
    open         bigint not null,
    primary key (cluster_code, severity, stage)
);

-- The challenges already there, from scratch (the same query as OpenChallengeCountRepository.FROM_SCRATCH).
insert into open_challenge_count
select c.cluster_code, c.severity, coalesce(p.stage, '') as stage, count(*) as open
from challenge c left join known_partnership p on c.scope_type = 'PARTNERSHIP' and p.id = c.scope_ref
where c.status = 'OPEN'
group by 1, 2, 3
;
