package org.s3coop.platform.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class StreamCursorTest {
    private static final String TAG = StreamCursor.tag(List.of("a", "b"));

    @Test
    void aCursorNamesTheLastOffsetReadInEachPartition() {
        TreeMap<Long, Long> positions = new TreeMap<>();
        positions.put(StreamCursor.key(1, 2), 5L);
        positions.put(StreamCursor.key(0, 0), 41L);
        positions.put(StreamCursor.key(0, 1), 17L);

        String text = StreamCursor.format(TAG, positions);
        assertThat(text).isEqualTo("c" + TAG + ".0-0-41.0-1-17.1-2-5");

        StreamCursor cursor = StreamCursor.parse(text, TAG);
        assertThat(cursor.before(new StreamPosition(0, 0, 41))).isFalse();
        assertThat(cursor.before(new StreamPosition(0, 0, 42))).isTrue();
        assertThat(cursor.before(new StreamPosition(0, 1, 3))).isFalse();
        assertThat(cursor.before(new StreamPosition(1, 2, 6))).isTrue();
        // a partition the cursor does not name: nothing of it was read yet
        assertThat(cursor.before(new StreamPosition(1, 0, 0))).isTrue();
    }

    @Test
    void whatIsNotACursorOfTheseTopicsIsNotReadAsOne() {
        assertThat(StreamCursor.parse("6f1c0d0e-8a5e-4a53-9a43-0c1e4c7d2b11", TAG)).isNull();
        assertThat(StreamCursor.parse("c" + TAG + ".0-0", TAG)).isNull();
        assertThat(StreamCursor.parse("c" + TAG + ".0-x-1", TAG)).isNull();
        assertThat(StreamCursor.parse(null, TAG)).isNull();
        String other = StreamCursor.tag(List.of("b", "a"));
        assertThat(StreamCursor.parse("c" + other + ".0-0-1", TAG)).isNull();
        assertThat(StreamCursor.parse("c" + TAG, TAG)).isNotNull();
    }
}
