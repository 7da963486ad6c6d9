package org.s3coop.partnership.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Converter;

import org.hibernate.annotations.Immutable;
import org.s3coop.platform.persistence.JsonColumn;

import com.fasterxml.jackson.core.type.TypeReference;

/**
 * The JPA converters of the JSON columns of the partnership and known-region tables (see JsonColumn). Each is
 * {@link Immutable}: the values are records and unmodifiable lists that the domain replaces, never changes in place,
 * so Hibernate keeps no JSON round-tripped copy of them per loaded row to dirty-check against (docs/performance.md,
 * "Issue 18").
 */
public final class JsonColumns {
    private JsonColumns() {
    }

    @Converter
    @Immutable
    public static class Members extends JsonColumn<List<Member>> {
        public Members() {
            super(new TypeReference<>() {
            });
        }
    }

    @Converter
    @Immutable
    public static class Participants extends JsonColumn<List<Participant>> {
        public Participants() {
            super(new TypeReference<>() {
            });
        }
    }

    @Converter
    @Immutable
    public static class ScopingNotes extends JsonColumn<ScopingNote> {
        public ScopingNotes() {
            super(new TypeReference<>() {
            });
        }
    }

    @Converter
    @Immutable
    public static class ComplementarityMaps extends JsonColumn<ComplementarityMap> {
        public ComplementarityMaps() {
            super(new TypeReference<>() {
            });
        }
    }

    @Converter
    @Immutable
    public static class PilotReports extends JsonColumn<PilotReport> {
        public PilotReports() {
            super(new TypeReference<>() {
            });
        }
    }

    @Converter
    @Immutable
    public static class FundingPlans extends JsonColumn<FundingPlan> {
        public FundingPlans() {
            super(new TypeReference<>() {
            });
        }
    }

    @Converter
    @Immutable
    public static class RegionPriorities extends JsonColumn<List<KnownRegion.RegionPriority>> {
        public RegionPriorities() {
            super(new TypeReference<>() {
            });
        }
    }

    @Converter
    @Immutable
    public static class Letters extends JsonColumn<List<CommitmentLetter>> {
        public Letters() {
            super(new TypeReference<>() {
            }, List.of());
        }
    }

    @Converter
    @Immutable
    public static class RescopingReasons extends JsonColumn<List<RescopingReason>> {
        public RescopingReasons() {
            super(new TypeReference<>() {
            }, List.of());
        }
    }

    @Converter
    @Immutable
    public static class Regressions extends JsonColumn<List<Regression>> {
        public Regressions() {
            super(new TypeReference<>() {
            }, List.of());
        }
    }
    @Converter
    public static class Codes extends JsonColumn<List<String>> {
        public Codes() {
            super(new TypeReference<>() {
            }, List.of());
        }
    }

    @Converter
    public static class Ids extends JsonColumn<List<UUID>> {
        public Ids() {
            super(new TypeReference<>() {
            }, List.of());
        }
    }

    @Converter
    public static class IndicatorValues extends JsonColumn<Map<String, BigDecimal>> {
        public IndicatorValues() {
            super(new TypeReference<>() {
            }, Map.of());
        }
    }
}
