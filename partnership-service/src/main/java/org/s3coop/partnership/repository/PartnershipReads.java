package org.s3coop.partnership.repository;

import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.s3coop.partnership.domain.JsonColumns;
import org.s3coop.partnership.domain.Outcome;
import org.s3coop.partnership.domain.Partnership;
import org.s3coop.partnership.domain.PriorityFamily;
import org.s3coop.partnership.domain.Stage;
import org.s3coop.partnership.domain.Status;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The hot read of one partnership ({@code GET /api/v1/partnerships/{id}}) on the reactive SQL client, off the ORM: its
 * row, mapped to a detached {@link Partnership} with the entity's own JSON converters. The same values as
 * {@link PartnershipRepository#findById} (PartnershipReadsTests compares every field), without a session, a
 * persistence context or a snapshot to dirty-check; only for answering reads, never for changing the partnership
 * (a transition locks and maps its row the same way, {@link TransitionRows}).
 */
@ApplicationScoped
public class PartnershipReads {
    private static final String ONE = "select * from partnership where id = $1";
    private static final JsonColumns.Members MEMBERS = new JsonColumns.Members();
    private static final JsonColumns.Participants PARTICIPANTS = new JsonColumns.Participants();
    private static final JsonColumns.Letters LETTERS = new JsonColumns.Letters();
    private static final JsonColumns.ScopingNotes SCOPING_NOTES = new JsonColumns.ScopingNotes();
    private static final JsonColumns.ComplementarityMaps MAPS = new JsonColumns.ComplementarityMaps();
    private static final JsonColumns.PilotReports PILOT_REPORTS = new JsonColumns.PilotReports();
    private static final JsonColumns.FundingPlans FUNDING_PLANS = new JsonColumns.FundingPlans();
    private static final JsonColumns.RescopingReasons RESCOPING_REASONS = new JsonColumns.RescopingReasons();
    private static final JsonColumns.Regressions REGRESSIONS = new JsonColumns.Regressions();

    @Inject
    Pool pool;

    /** The partnership {@code id} as it is now; null when none. */
    public Uni<Partnership> find(UUID id) {
        return pool.preparedQuery(ONE).execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? null : partnership(rows.iterator().next()::getValue));
    }

    /** A partnership from its row's columns ({@code column}: the value of the column of that name, null for NULL). */
    static Partnership partnership(Function<String, Object> column) {
        Partnership p = new Partnership();
        p.id = (UUID) column.apply("id");
        p.title = (String) column.apply("title");
        p.priorityFamily = PriorityFamily.valueOf((String) column.apply("priority_family"));
        p.priorityCode = (String) column.apply("priority_code");
        p.programmeCode = (String) column.apply("programme");
        p.leadRegion = (String) column.apply("lead_region");
        // and member_codes, invited_codes
        p.restoreMembers(MEMBERS.convertToEntityAttribute((String) column.apply("members")));
        p.participants = PARTICIPANTS.convertToEntityAttribute((String) column.apply("participants"));
        p.letters = LETTERS.convertToEntityAttribute((String) column.apply("letters"));
        p.stage = Stage.valueOf((String) column.apply("stage"));
        p.status = Status.valueOf((String) column.apply("status"));
        String outcome = (String) column.apply("outcome");
        p.outcome = outcome == null ? null : Outcome.valueOf(outcome);
        p.scopingNote = SCOPING_NOTES.convertToEntityAttribute((String) column.apply("scoping_note"));
        p.complementarityMap = MAPS.convertToEntityAttribute((String) column.apply("complementarity_map"));
        p.pilotReport = PILOT_REPORTS.convertToEntityAttribute((String) column.apply("pilot_report"));
        p.fundingPlan = FUNDING_PLANS.convertToEntityAttribute((String) column.apply("funding_plan"));
        p.rescopingRecommended = (Boolean) column.apply("rescoping_recommended");
        p.rescopingReason = (String) column.apply("rescoping_reason");
        p.rescopingReasons = RESCOPING_REASONS.convertToEntityAttribute((String) column.apply("rescoping_reasons"));
        p.regressions = REGRESSIONS.convertToEntityAttribute((String) column.apply("regressions"));
        p.lettersDueAt = (OffsetDateTime) column.apply("letters_due_at");
        p.lastReportedPeriod = (String) column.apply("last_reported_period");
        p.stageEnteredAt = (OffsetDateTime) column.apply("stage_entered_at");
        p.version = ((Number) column.apply("version")).longValue();
        p.createdAt = (OffsetDateTime) column.apply("created_at");
        p.updatedAt = (OffsetDateTime) column.apply("updated_at");
        return p;
    }
}
