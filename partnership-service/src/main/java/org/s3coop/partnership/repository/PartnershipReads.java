package org.s3coop.partnership.repository;

import java.util.UUID;

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
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The hot read of one partnership ({@code GET /api/v1/partnerships/{id}}) on the reactive SQL client, off the ORM: its
 * row, mapped to a detached {@link Partnership} with the entity's own JSON converters. The same values as
 * {@link PartnershipRepository#findById} (PartnershipReadsTests compares every field), without a session, a
 * persistence context or a snapshot to dirty-check; only for answering reads, never for changing the partnership.
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
                .map(rows -> rows.size() == 0 ? null : partnership(rows.iterator().next()));
    }

    static Partnership partnership(Row row) {
        Partnership p = new Partnership();
        p.id = row.getUUID("id");
        p.title = row.getString("title");
        p.priorityFamily = PriorityFamily.valueOf(row.getString("priority_family"));
        p.priorityCode = row.getString("priority_code");
        p.programmeCode = row.getString("programme");
        p.leadRegion = row.getString("lead_region");
        p.restoreMembers(MEMBERS.convertToEntityAttribute(row.getString("members"))); // and member_codes, invited_codes
        p.participants = PARTICIPANTS.convertToEntityAttribute(row.getString("participants"));
        p.letters = LETTERS.convertToEntityAttribute(row.getString("letters"));
        p.stage = Stage.valueOf(row.getString("stage"));
        p.status = Status.valueOf(row.getString("status"));
        String outcome = row.getString("outcome");
        p.outcome = outcome == null ? null : Outcome.valueOf(outcome);
        p.scopingNote = SCOPING_NOTES.convertToEntityAttribute(row.getString("scoping_note"));
        p.complementarityMap = MAPS.convertToEntityAttribute(row.getString("complementarity_map"));
        p.pilotReport = PILOT_REPORTS.convertToEntityAttribute(row.getString("pilot_report"));
        p.fundingPlan = FUNDING_PLANS.convertToEntityAttribute(row.getString("funding_plan"));
        p.rescopingRecommended = row.getBoolean("rescoping_recommended");
        p.rescopingReason = row.getString("rescoping_reason");
        p.rescopingReasons = RESCOPING_REASONS.convertToEntityAttribute(row.getString("rescoping_reasons"));
        p.regressions = REGRESSIONS.convertToEntityAttribute(row.getString("regressions"));
        p.lettersDueAt = row.getOffsetDateTime("letters_due_at");
        p.lastReportedPeriod = row.getString("last_reported_period");
        p.stageEnteredAt = row.getOffsetDateTime("stage_entered_at");
        p.version = row.getLong("version");
        p.createdAt = row.getOffsetDateTime("created_at");
        p.updatedAt = row.getOffsetDateTime("updated_at");
        return p;
    }
}
