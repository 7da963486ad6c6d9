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
     * Stays per stage and how they ended, in one pass over the history. A stay starts with PROPOSE (SCOPING), ADVANCE
     * or REVERT (every step of a stay has the stage it is in as {@code to_stage}) and ends with the next ADVANCE or
     * REVERT (COMPLETED), with CLOSE (CLOSED), or not yet (ONGOING, measured until {@code :now}). Time ON_HOLD — from a
     * HOLD to the RESUME or CLOSE after it, or to {@code :now} — is left out. DISMISS_RESCOPING steps are not stays'
     * business. Durations in days, truncated to the millisecond.
     */
    private static final String STAYS = "with steps as (select partnership_id, action, to_stage, occurred_at, "
            + "lead(action) over w as next_action, lead(occurred_at) over w as next_at, "
            + "count(*) filter (where action in ('PROPOSE', 'ADVANCE', 'REVERT')) over w as stay "
            + "from stage_transition where action in ('PROPOSE', 'ADVANCE', 'REVERT', 'HOLD', 'RESUME', 'CLOSE')%s "
            + "window w as (partition by partnership_id order by seq)), "
            + "stays as (select max(to_stage) as stage, min(occurred_at) as started_at, "
            + "max(case when next_action in ('ADVANCE', 'REVERT') then next_at when action = 'CLOSE' then occurred_at end) "
            + "as ended_at, bool_or(action = 'CLOSE') as closed, "
            + "coalesce(sum(extract(epoch from coalesce(next_at, :now) - occurred_at)) filter (where action = 'HOLD'), 0) "
            + "as held from steps group by partnership_id, stay) "
            + "select stage, kind, count(*), percentile_cont(0.5) within group (order by days) from ("
            + "select stage, case when ended_at is null then 'ONGOING' when closed then 'CLOSED' else 'COMPLETED' end as kind, "
            + "floor((extract(epoch from coalesce(ended_at, :now) - started_at) - held) * 1000)::float8 / 1000 / 86400 "
            + "as days from stays) s group by stage, kind";
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
        String sql = STAYS.formatted(partnerships(filter));
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
