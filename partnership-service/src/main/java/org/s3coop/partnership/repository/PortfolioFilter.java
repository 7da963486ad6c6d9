package org.s3coop.partnership.repository;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.s3coop.partnership.domain.Stage;

/**
 * The portfolio's filters, null meaning "any": the programme, the priority code, and a country (level-0 code) of
 * one of the ACTIVE members. {@link #where} says them as SQL over the partnership table's columns.
 */
public record PortfolioFilter(String programme, String priority, String country, Stage stage) {
    public static final PortfolioFilter NONE = new PortfolioFilter(null, null, null, null);

    public boolean isEmpty() {
        return programme == null && priority == null && country == null && stage == null;
    }

    /** {@code programme = :programme and ...} over the partnership table (empty when no filter is set). */
    String where() {
        List<String> where = new ArrayList<>();
        if (programme != null) {
            where.add("programme = :programme");
        }
        if (priority != null) {
            where.add("priority_code = :priority");
        }
        if (country != null) {
            where.add("member_codes like :country");
        }
        if (stage != null) {
            where.add("stage = :stage");
        }
        return String.join(" and ", where);
    }

    /** The values of {@link #where}'s parameters. */
    Map<String, Object> parameters() {
        Map<String, Object> params = new TreeMap<>();
        if (programme != null) {
            params.put("programme", programme);
        }
        if (priority != null) {
            params.put("priority", priority);
        }
        if (country != null) {
            params.put("country", "%|" + country + "%");
        }
        if (stage != null) {
            params.put("stage", stage.name());
        }
        return params;
    }
}
