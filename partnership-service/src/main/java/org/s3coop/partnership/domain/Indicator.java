package org.s3coop.partnership.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One indicator of the monitoring catalogue (reference data of migration V5, served at {@code GET /api/v1/indicators}):
 * an output or a result, with its unit; computed by the system at submission ({@link #computation} set) or entered
 * by the partnership.
 */
@Entity
@Table(name = "indicator")
public class Indicator {
    @Id
    public String code;
    public String name;
    @Enumerated(EnumType.STRING)
    public IndicatorKind kind;
    /** How the system computes it; null: entered by the partnership. */
    @Enumerated(EnumType.STRING)
    public Computation computation;
    public String unit;
    public int position;

    public boolean isComputed() {
        return computation != null;
    }
}
