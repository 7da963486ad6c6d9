package org.s3coop.region.domain;

/**
 * Which NUTS levels partner suggestions look at: the asking region's own level (the default), any level, or one
 * level named.
 */
public record LevelScope(Kind kind, int level) {
    public enum Kind {
        SAME, ANY, LEVEL
    }

    public static final LevelScope SAME = new LevelScope(Kind.SAME, -1);
    public static final LevelScope ANY = new LevelScope(Kind.ANY, -1);

    public static LevelScope of(int level) {
        return new LevelScope(Kind.LEVEL, level);
    }

    /** Whether a candidate at {@code candidateLevel} is in scope for a region at {@code askingLevel}. */
    public boolean admits(int askingLevel, int candidateLevel) {
        return switch (kind) {
            case SAME -> candidateLevel == askingLevel;
            case ANY -> true;
            case LEVEL -> candidateLevel == level;
        };
    }
}
