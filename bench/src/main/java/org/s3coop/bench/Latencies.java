package org.s3coop.bench;

import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;

/**
 * Latencies of one measured window, in microseconds (HdrHistogram, 3 significant digits, up to 120 s), plus the
 * count of failed requests. Not thread-safe: each thread records into its own and they are {@link #add added}.
 */
public final class Latencies {
    private static final long MAX_MICROS = TimeUnit.SECONDS.toMicros(120);
    private final Histogram histogram = new Histogram(MAX_MICROS, 3);
    private long errors;

    public void recordNanos(long nanos) {
        recordMicros(nanos / 1_000);
    }

    /** Negative values (clock skew between two timestamps) count as 0; values above 120 s as 120 s. */
    public void recordMicros(long micros) {
        histogram.recordValue(Math.max(0, Math.min(MAX_MICROS, micros)));
    }

    public void error() {
        errors++;
    }

    public Latencies add(Latencies other) {
        histogram.add(other.histogram);
        errors += other.errors;
        return this;
    }

    public long count() {
        return histogram.getTotalCount();
    }

    /** What a window measured over {@code seconds}: throughput of successful requests and percentiles in ms. */
    public Result result(String name, double seconds) {
        double throughput = seconds > 0 ? count() / seconds : 0;
        return new Result(name, count(), errors, seconds, round(throughput), ms(50), ms(90), ms(99), ms(99.9),
                round(histogram.getMaxValue() / 1000d));
    }

    private double ms(double percentile) {
        return count() == 0 ? 0 : round(histogram.getValueAtPercentile(percentile) / 1000d);
    }

    static double round(double v) {
        return Math.round(v * 100d) / 100d;
    }
}
