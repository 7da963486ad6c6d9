package org.s3coop.bench;

/**
 * What one load window measured: successful requests (or events received), failures, the window's length,
 * throughput per second and latency percentiles in milliseconds.
 */
public record Result(String name, long count, long errors, double seconds, double throughput, double p50, double p90,
        double p99, double p999, double max) {

    public static Result empty(String name) {
        return new Result(name, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }
}
