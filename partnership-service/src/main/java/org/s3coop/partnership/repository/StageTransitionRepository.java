package org.s3coop.partnership.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.s3coop.partnership.domain.Stage;
import org.s3coop.partnership.domain.StageTransition;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class StageTransitionRepository implements PanacheRepositoryBase<StageTransition, Long> {
    /**
     * Completed stays per stage: each history step that starts a stay (PROPOSE, ADVANCE, REVERT) paired with the
     * next step of the same partnership that ends one (ADVANCE, REVERT, CLOSE); HOLD and RESUME are left out, so
     * time on hold counts as time in the stage. Durations in days, truncated to the millisecond.
     */
    private static final String STAYS = "select stage, count(*), percentile_cont(0.5) within group (order by days) "
            + "from (select lag(action) over w as started_by, lag(to_stage) over w as stage, action, "
            + "floor(extract(epoch from occurred_at - lag(occurred_at) over w) * 1000)::float8 / 1000 / 86400 as days "
            + "from stage_transition where action in ('PROPOSE', 'ADVANCE', 'REVERT', 'CLOSE') "
            + "window w as (partition by partnership_id order by seq)) steps "
            + "where action in ('ADVANCE', 'REVERT', 'CLOSE') and started_by in ('PROPOSE', 'ADVANCE', 'REVERT') "
            + "group by stage";
    private static final String REVERTS = "select coalesce(trigger, 'null'), count(*) from stage_transition "
            + "where action = 'REVERT' group by 1";

    /** Completed stays in one stage: how many, and their median length in days. */
    public record Stays(Stage stage, long count, double medianDays) {
    }

    /** How many REVERTs gave one trigger ({@code "null"}: none recorded). */
    public record TriggerCount(String trigger, long count) {
    }

    public Uni<List<StageTransition>> of(UUID partnershipId) {
        return list("partnershipId", Sort.by("seq"), partnershipId);
    }

    /** The portfolio's stays per stage, aggregated by the database (the history is never loaded). */
    public Uni<List<Stays>> stays() {
        return Panache.getSession().chain(s -> s.createNativeQuery(STAYS, Object[].class).getResultList())
                .map(rows -> rows.stream().map(r -> new Stays(Stage.valueOf((String) r[0]), ((Number) r[1]).longValue(),
                        ((Number) r[2]).doubleValue())).toList());
    }

    /** REVERT transitions by trigger. */
    public Uni<List<TriggerCount>> revertsByTrigger() {
        return Panache.getSession().chain(s -> s.createNativeQuery(REVERTS, Object[].class).getResultList())
                .map(rows -> rows.stream().map(r -> new TriggerCount((String) r[0], ((Number) r[1]).longValue())).toList());
    }
}
