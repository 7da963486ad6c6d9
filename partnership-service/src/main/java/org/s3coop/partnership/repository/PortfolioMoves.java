package org.s3coop.partnership.repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.s3coop.partnership.domain.HistoryAction;
import org.s3coop.partnership.domain.PortfolioCell;
import org.s3coop.partnership.domain.RevertTrigger;
import org.s3coop.partnership.domain.Stage;
import org.s3coop.partnership.domain.StageTransition;
import org.s3coop.partnership.domain.StayLedger;
import org.s3coop.platform.persistence.SessionSql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * What a change of one partnership reads and writes for its portfolio cells, one statement each. It reads what its
 * cells are computed from ({@link #sources}), in ONE statement on the caller's session
 * ({@link SessionSql}: inside the change's transaction, after its flush, its history row already written): its projects' figures
 * ({@link PortfolioCell.ProjectFigures}, oldest first) and its history (oldest first, the fields
 * {@link org.s3coop.partnership.domain.StayLedger} reads, its times in microseconds since the epoch), each as one JSON
 * array. Read as rows, not entities: nothing
 * joins the persistence context, so the commit's flush has nothing more to dirty-check. It appends the differences
 * of its cells and of its stay cells in ONE statement ({@link #add}).
 */
@ApplicationScoped
@WithSession
public class PortfolioMoves {
    static final String SOURCES = "select (select cast(coalesce(json_agg(json_build_array(j.instrument, j.status,"
            + " cast(j.requested_eur as text), cast(j.granted_eur as text), j.trl_start, j.trl_target)"
            + " order by j.created_at, j.id), '[]') as text) from investment_project j where j.partnership_id = $1),"
            + " (select cast(coalesce(json_agg(json_build_array(h.action, h.from_stage, h.to_stage, h.trigger,"
            + " cast(extract(epoch from h.occurred_at) * 1000000 as bigint), h.version) order by h.seq), '[]') as text) from stage_transition h where h.partnership_id = $1)";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A partnership's projects' figures and its history. */
    public record Sources(List<PortfolioCell.ProjectFigures> projects, List<StageTransition> history) {
    }

    /** The projects' figures and the history of the partnership {@code id}. */
    public Uni<Sources> sources(UUID id) {
        return SessionSql.select(SOURCES, id).map(rows -> {
            try {
                return new Sources(projects(JSON.readTree((String) rows.get(0)[0])),
                        history(id, JSON.readTree((String) rows.get(0)[1])));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("the portfolio's sources of " + id + " are unreadable", e);
            }
        });
    }

    /** Appends the cell deltas {@code cells} and the stay-cell deltas {@code stays} (inserts only). */
    public Uni<Void> add(Map<PortfolioCell.Key, PortfolioCell.Figures> cells, Map<StayLedger.Key, Long> stays) {
        return CellSql.insert(PortfolioCellRepository.rows(cells), PortfolioStayRepository.rows(stays));
    }

    private static List<PortfolioCell.ProjectFigures> projects(JsonNode rows) {
        List<PortfolioCell.ProjectFigures> projects = new ArrayList<>();
        for (JsonNode r : rows) {
            projects.add(new PortfolioCell.ProjectFigures(r.get(0).asText(), r.get(1).asText(), decimal(r.get(2)),
                    decimal(r.get(3)), r.get(4).asInt(), r.get(5).asInt()));
        }
        return projects;
    }

    private static List<StageTransition> history(UUID id, JsonNode rows) {
        List<StageTransition> history = new ArrayList<>();
        for (JsonNode r : rows) {
            StageTransition t = new StageTransition();
            t.partnershipId = id;
            t.action = HistoryAction.valueOf(r.get(0).asText());
            t.fromStage = r.get(1).isNull() ? null : Stage.valueOf(r.get(1).asText());
            t.toStage = r.get(2).isNull() ? null : Stage.valueOf(r.get(2).asText());
            t.trigger = r.get(3).isNull() ? null : RevertTrigger.valueOf(r.get(3).asText());
            t.occurredAt = Instant.EPOCH.plus(r.get(4).asLong(), ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
            t.version = r.get(5).asLong();
            history.add(t);
        }
        return history;
    }

    private static BigDecimal decimal(JsonNode n) {
        return n.isNull() ? BigDecimal.ZERO : new BigDecimal(n.asText());
    }
}
