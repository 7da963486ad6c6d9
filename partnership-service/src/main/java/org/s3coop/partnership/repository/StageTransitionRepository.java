package org.s3coop.partnership.repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.s3coop.partnership.domain.Stage;
import org.s3coop.partnership.domain.StageTransition;
import org.s3coop.partnership.domain.StayKind;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class StageTransitionRepository implements PanacheRepositoryBase<StageTransition, Long> {
    /**
     * Stays per stage and how they ended, aggregated by PostgreSQL in one pass over the history like before
     * (docs/performance.md). A stay starts with PROPOSE (SCOPING), ADVANCE or REVERT and ends with the next ADVANCE or
     * REVERT (COMPLETED: the row that ends it names the stage it left, {@code from_stage}) or with CLOSE (CLOSED).
     * The stay going on now (ONGOING) is each open partnership's current stage, entered at {@code stage_entered_at}
     * (the time of the history row that started it), measured until {@code :now}. Time ON_HOLD is left out: the holds
     * (HOLD to the next RESUME or CLOSE, or to {@code :now}) are few, found through the partial index
     * {@code stage_transition_holds}, summed per stay (keyed by the time the stay started) and subtracted. Durations in
     * days, truncated to the millisecond. {@code %1$s} restricts the history to the selected partnerships,
     * {@code %2$s} the open ones.
     */
    private static final String STAYS = "with held as (select partnership_id, stay, "
            + "sum(extract(epoch from until - occurred_at)) as seconds from (select h.partnership_id, h.action, h.occurred_at, "
            + "coalesce(lead(h.occurred_at) over (partition by h.partnership_id order by h.seq), :now) as until, "
            + "(select t.occurred_at from stage_transition t where t.partnership_id = h.partnership_id and t.seq < h.seq "
            + "and t.action in ('PROPOSE', 'ADVANCE', 'REVERT') order by t.seq desc limit 1) as stay "
            + "from stage_transition h where h.action in ('HOLD', 'RESUME') or (h.action = 'CLOSE' and h.from_status = 'ON_HOLD')"
            + ") holds where action = 'HOLD' group by partnership_id, stay) "
            + "select b.from_stage, case when b.action = 'CLOSE' then 'CLOSED' else 'COMPLETED' end, count(*), "
            + "percentile_cont(0.5) within group (order by floor((extract(epoch from b.occurred_at - b.started_at) "
            + "- coalesce(e.seconds, 0)) * 1000)::float8 / 1000 / 86400) "
            + "from (select partnership_id, action, from_stage, occurred_at, lag(occurred_at) over w as started_at "
            + "from stage_transition where action in ('PROPOSE', 'ADVANCE', 'REVERT', 'CLOSE')%1$s "
            + "window w as (partition by partnership_id order by seq)) b "
            + "left join held e on e.partnership_id = b.partnership_id and e.stay = b.started_at "
            + "where b.action in ('ADVANCE', 'REVERT', 'CLOSE') group by 1, 2 "
            + "union all select p.stage, 'ONGOING', count(*), percentile_cont(0.5) within group (order by "
            + "floor((extract(epoch from :now - p.stage_entered_at) - coalesce(o.seconds, 0)) * 1000)::float8 / 1000 / 86400) "
            + "from partnership p left join held o on o.partnership_id = p.id and o.stay = p.stage_entered_at "
            + "where p.status <> 'CLOSED'%2$s group by 1";
    private static final String REVERTS = "select coalesce(trigger, 'null'), count(*) from stage_transition "
            + "where action = 'REVERT'%s group by 1";

    /** Stays in one stage that ended one way: how many, and their median length in days (ON_HOLD time left out). */
    public record Stays(Stage stage, StayKind kind, long count, double medianDays) {
    }

    /** How many REVERTs gave one trigger ({@code "null"}: none recorded). */
    public record TriggerCount(String trigger, long count) {
    }

    public Uni<List<StageTransition>> of(UUID partnershipId) {
        return list("partnershipId", Sort.by("seq"), partnershipId);
    }

    /** The portfolio's stays per stage and kind, as of {@code now}, aggregated by the database (the history is never loaded). */
    public Uni<List<Stays>> stays(PortfolioFilter filter, OffsetDateTime now) {
        String sql = STAYS.formatted(partnerships(filter), filter.isEmpty() ? "" : " and " + filter.where());
        return Panache.getSession().chain(s -> {
            var query = s.createNativeQuery(sql, Object[].class).setParameter("now", now);
            filter.parameters().forEach(query::setParameter);
            return query.getResultList();
        }).map(rows -> rows.stream().map(r -> new Stays(Stage.valueOf((String) r[0]), StayKind.valueOf((String) r[1]),
                ((Number) r[2]).longValue(), ((Number) r[3]).doubleValue())).toList());
    }

    /** REVERT transitions by trigger. */
    public Uni<List<TriggerCount>> revertsByTrigger(PortfolioFilter filter) {
        String sql = REVERTS.formatted(partnerships(filter));
        return Panache.getSession().chain(s -> {
            var query = s.createNativeQuery(sql, Object[].class);
            filter.parameters().forEach(query::setParameter);
            return query.getResultList();
        }).map(rows -> rows.stream().map(r -> new TriggerCount((String) r[0], ((Number) r[1]).longValue())).toList());
    }

    /** {@code and partnership_id in (...)} for a filtered portfolio; nothing (no join) when unfiltered. */
    private static String partnerships(PortfolioFilter filter) {
        return filter.isEmpty() ? "" : " and partnership_id in (select id from partnership where " + filter.where() + ")";
    }
}
