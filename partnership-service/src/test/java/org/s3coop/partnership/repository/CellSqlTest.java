package org.s3coop.partnership.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

class CellSqlTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theDeltaRowsJsonIsWhatValueToTreeMakesOfEachValue() {
        List<List<Object>> rows = List.of(List.of("PILOT", 1L, new BigDecimal("1000.00"), 3),
                List.of("\"quoted\" \\ é", -2L, new BigDecimal("-0.50"), -4),
                List.of("", Long.MAX_VALUE, BigDecimal.ZERO, 0), List.of("x", Long.MIN_VALUE, new BigDecimal("1E+3"), 7));
        CellSql.Rows t = new CellSql.Rows("portfolio_delta", "stage text, partnerships bigint, requested numeric, trl int",
                rows);

        List<String> names = Arrays.stream(t.columns().split(",")).map(c -> c.trim().split(" ")[0]).toList();
        ArrayNode expected = JSON.createArrayNode();
        for (List<Object> r : rows) {
            var row = expected.addObject();
            for (int i = 0; i < names.size(); i++) {
                row.set(names.get(i), JSON.valueToTree(r.get(i)));
            }
        }
        assertThat(CellSql.json(t)).isEqualTo(expected.toString()).contains("\"partnerships\":1,");
    }
}
