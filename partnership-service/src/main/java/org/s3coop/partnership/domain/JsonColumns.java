package org.s3coop.partnership.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Converter;

import org.s3coop.platform.persistence.JsonColumn;

import com.fasterxml.jackson.core.type.TypeReference;

/** The JPA converters of the JSON columns of the partnership and known-region tables (see JsonColumn). */
public final class JsonColumns {
    private JsonColumns() {
    }

    @Converter
    public static class Members extends JsonColumn<List<Member>> {
        public Members() {
            super(new TypeReference<>() {
            });
        }
    }

    @Converter
    public static class Participants extends JsonColumn<List<Participant>> {
        public Participants() {
            super(new TypeReference<>() {
            });
        }
    }

    @Converter
    public static class ScopingNotes extends JsonColumn<ScopingNote> {
        public ScopingNotes() {
            super(new TypeReference<>() {
            });
        }
    }

    @Converter
    public static class ComplementarityMaps extends JsonColumn<ComplementarityMap> {
        public ComplementarityMaps() {
            super(new TypeReference<>() {
            });
        }
    }

    @Converter
    public static class PilotReports extends JsonColumn<PilotReport> {
        public PilotReports() {
            super(new TypeReference<>() {
            });
        }
    }

    @Converter
    public static class FundingPlans extends JsonColumn<FundingPlan> {
        public FundingPlans() {
            super(new TypeReference<>() {
            });
        }
    }

    @Converter
    public static class RegionPriorities extends JsonColumn<List<KnownRegion.RegionPriority>> {
        public RegionPriorities() {
            super(new TypeReference<>() {
            });
        }
    }

    @Converter
    public static class Letters extends JsonColumn<List<CommitmentLetter>> {
        public Letters() {
            super(new TypeReference<>() {
            }, List.of());
        }
    }

    @Converter
    public static class RescopingReasons extends JsonColumn<List<RescopingReason>> {
        public RescopingReasons() {
            super(new TypeReference<>() {
            }, List.of());
        }
    }

    @Converter
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
