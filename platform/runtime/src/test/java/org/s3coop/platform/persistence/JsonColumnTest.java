package org.s3coop.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;

class JsonColumnTest {
    record Score(String criterion, int points) {
    }

    /** A column that is NULL for no value. */
    static final class ScoreColumn extends JsonColumn<Score> {
        ScoreColumn() {
            super(new TypeReference<>() {
            });
        }
    }

    /** A column that holds an empty list for no value. */
    static final class ScoresColumn extends JsonColumn<List<Score>> {
        ScoresColumn() {
            super(new TypeReference<>() {
            }, List.of());
        }
    }

    private final ScoreColumn score = new ScoreColumn();
    private final ScoresColumn scores = new ScoresColumn();

    @Test
    void aValueRoundTrips() {
        String column = score.convertToDatabaseColumn(new Score("feasibility", 4));

        assertThat(column).isEqualTo("{\"criterion\":\"feasibility\",\"points\":4}");
        assertThat(score.convertToEntityAttribute(column)).isEqualTo(new Score("feasibility", 4));
    }

    @Test
    void aListRoundTripsAndReadsBackUnmodifiable() {
        List<Score> written = new ArrayList<>(List.of(new Score("a", 1), new Score("b", 2)));

        List<Score> read = scores.convertToEntityAttribute(scores.convertToDatabaseColumn(written));

        assertThat(read).containsExactly(new Score("a", 1), new Score("b", 2));
        assertThatThrownBy(() -> read.add(new Score("c", 3))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void nullIsSqlNullBothWaysWithoutADefault() {
        assertThat(score.convertToDatabaseColumn(null)).isNull();
        assertThat(score.convertToEntityAttribute(null)).isNull();
    }

    @Test
    void nullIsTheDefaultBothWaysWithOne() {
        assertThat(scores.convertToDatabaseColumn(null)).isEqualTo("[]");
        assertThat(scores.convertToEntityAttribute(null)).isEmpty();
    }

    @Test
    void unknownFieldsAreIgnoredWhenRead() {
        assertThat(score.convertToEntityAttribute("{\"criterion\":\"x\",\"points\":1,\"addedLater\":true}"))
                .isEqualTo(new Score("x", 1));
    }

    @Test
    void aColumnThatIsNotJsonIsRefused() {
        assertThatThrownBy(() -> score.convertToEntityAttribute("not json"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
