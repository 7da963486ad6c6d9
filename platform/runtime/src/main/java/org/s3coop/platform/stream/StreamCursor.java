package org.s3coop.platform.stream;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A position in the stream that means the same on every instance, sent as each event's SSE {@code id}: for every
 * partition of the stream topics, the offset of the last record the subscriber's instance had read when it sent the
 * event. Every instance reads the same partitions, so an instance given a cursor from another one resumes with
 * exactly the records after it, partition by partition, whatever order each instance read the partitions in.
 *
 * <p>Text form: {@code c<tag>} then, per partition, {@code .<topic>-<partition>-<offset>}, e.g.
 * {@code c1f3a.0-0-41.0-2-17.2-1-5}; {@code topic} is the topic's index in {@code s3coop.stream.topics} and
 * {@code tag} a hash of that list, so a cursor from a differently configured stream is not misread.
 */
final class StreamCursor {
    private final String tag;
    private final TreeMap<Long, Long> offsets;

    private StreamCursor(String tag, TreeMap<Long, Long> offsets) {
        this.tag = tag;
        this.offsets = offsets;
    }

    /** The tag of a stream reading {@code topics}, in this order. */
    static String tag(List<String> topics) {
        return Integer.toHexString(String.join(",", topics).hashCode() & 0xffff);
    }

    static long key(int topic, int partition) {
        return ((long) topic << 32) | (partition & 0xffffffffL);
    }

    /** The text of a cursor at {@code positions} (key → offset of the last record read, in key order). */
    static String format(String tag, SortedMap<Long, Long> positions) {
        StringBuilder sb = new StringBuilder(8 + positions.size() * 10).append('c').append(tag);
        positions.forEach((k, offset) -> sb.append('.').append(k >>> 32).append('-').append(k & 0xffffffffL)
                .append('-').append(offset));
        return sb.toString();
    }

    /** The cursor {@code text} names, or null when it is not a cursor of a stream tagged {@code tag}. */
    static StreamCursor parse(String text, String tag) {
        if (text == null) {
            return null;
        }
        String[] parts = text.trim().split("\\.");
        if (parts.length == 0 || !parts[0].equals("c" + tag)) {
            return null;
        }
        TreeMap<Long, Long> offsets = new TreeMap<>();
        try {
            for (int i = 1; i < parts.length; i++) {
                String[] tpo = parts[i].split("-");
                if (tpo.length != 3) {
                    return null;
                }
                offsets.put(key(Integer.parseInt(tpo[0]), Integer.parseInt(tpo[1])), Long.parseLong(tpo[2]));
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return new StreamCursor(tag, offsets);
    }

    /** Whether the record at {@code position} comes after this cursor (a partition it does not name: every record). */
    boolean before(StreamPosition position) {
        Long last = offsets.get(key(position.topic(), position.partition()));
        return last == null || position.offset() > last;
    }

    /** Whether this cursor is at or past {@code other} in every partition {@code other} names. */
    boolean covers(StreamCursor other) {
        for (Map.Entry<Long, Long> e : other.offsets.entrySet()) {
            Long mine = offsets.get(e.getKey());
            if (mine == null || mine < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    /** The text of the cursor that is, in each partition, the further of this one and {@code other}. */
    String furthestWith(StreamCursor other) {
        TreeMap<Long, Long> merged = new TreeMap<>(offsets);
        other.offsets.forEach((k, v) -> merged.merge(k, v, Math::max));
        return format(tag, merged);
    }
}
