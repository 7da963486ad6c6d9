package org.s3coop.region.repository;

/** A LIKE pattern that finds a text anywhere, its own {@code %}, {@code _} and {@code \} taken literally. */
final class LikePattern {
    private LikePattern() {
    }

    static String containing(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
