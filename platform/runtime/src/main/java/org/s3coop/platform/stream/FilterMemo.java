package org.s3coop.platform.stream;

import java.util.Arrays;

/**
 * The filters' answers for the events of one broadcast pass over a loop's subscribers: most subscribers share a filter
 * ({@link EventStream#filter} hands out one instance per distinct query), so each event is matched once per filter in a
 * row instead of once per subscriber (a type prefix compared 5,000 times per event). Remembers the last filter asked
 * about per event; used by one pass, on one thread.
 */
final class FilterMemo {
    /** No memo: every call matches. */
    static final FilterMemo NONE = new FilterMemo(0);

    private StreamFilter[] filters;
    private boolean[] answers;

    FilterMemo(int events) {
        filters = new StreamFilter[events];
        answers = new boolean[events];
    }

    /** Forgets every answer, for a pass over {@code events} events. */
    void reset(int events) {
        if (filters.length < events) {
            filters = new StreamFilter[events];
            answers = new boolean[events];
        } else {
            Arrays.fill(filters, 0, events, null);
        }
    }

    /** Whether {@code filter} takes {@code e}, the pass's {@code index}th event. */
    boolean matches(StreamFilter filter, int index, StreamEvent e) {
        if (index >= filters.length) {
            return filter.matches(e);
        }
        if (filters[index] != filter) {
            answers[index] = filter.matches(e);
            filters[index] = filter;
        }
        return answers[index];
    }
}
