-- The open challenges counted per cluster, severity and (for those raised on a partnership the read model knows) the
-- partnership's current stage ('' otherwise), from scratch: what open_challenge_count holds once every change has
-- added its difference (ChallengeSummaryTests checks it). Read by OpenChallengeCountRepository; migration V4 filled
-- the counts the same way.
select c.cluster_code, c.severity, coalesce(p.stage, '') as stage, count(*) as open
from challenge c left join known_partnership p on c.scope_type = 'PARTNERSHIP' and p.id = c.scope_ref
where c.status = 'OPEN'
group by 1, 2, 3
