package org.s3coop.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Samples one process every {@code periodMillis} from {@code /proc}: its RSS ({@code VmRSS}) and the CPU time it has
 * used ({@code utime + stime} of {@code /proc/<pid>/stat}, in clock ticks of 1/100 s), so that a scenario can say what
 * a service held and spent during each of its phases.
 */
final class ProcessSampler implements AutoCloseable {
    /** One sample: wall time (epoch ms), RSS in MB, CPU time used so far in seconds. */
    record Sample(long atMs, double rssMb, double cpuSeconds) {
    }

    private static final double TICKS_PER_SECOND = 100;
    private final Process process;
    private final List<Sample> samples = new ArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;

    ProcessSampler(Process process, long periodMillis) {
        this.process = process;
        this.thread = new Thread(() -> {
            while (running) {
                sample();
                try {
                    Thread.sleep(periodMillis);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "process-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    /** Takes one sample now (also called by the sampling thread). */
    Sample sample() {
        Sample s = new Sample(System.currentTimeMillis(), Stack.rssMb(process), cpuSeconds(process.pid()));
        synchronized (samples) {
            samples.add(s);
        }
        return s;
    }

    /** The highest RSS sampled in [fromMs, untilMs]. */
    double maxRssMb(long fromMs, long untilMs) {
        return between(fromMs, untilMs).stream().mapToDouble(Sample::rssMb).max().orElse(-1);
    }

    /** The CPU the process used in [fromMs, untilMs], in % of one core (between the first and last samples in it). */
    double cpuPercent(long fromMs, long untilMs) {
        List<Sample> in = between(fromMs, untilMs);
        if (in.size() < 2) {
            return -1;
        }
        Sample a = in.get(0);
        Sample b = in.get(in.size() - 1);
        return b.atMs() == a.atMs() ? -1 : 100 * (b.cpuSeconds() - a.cpuSeconds()) / ((b.atMs() - a.atMs()) / 1000d);
    }

    List<Sample> samples() {
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }

    private List<Sample> between(long fromMs, long untilMs) {
        List<Sample> in = new ArrayList<>();
        for (Sample s : samples()) {
            if (s.atMs() >= fromMs && s.atMs() <= untilMs) {
                in.add(s);
            }
        }
        return in;
    }

    static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            // fields after the command name (which may hold spaces, in parentheses): state is field 3, utime 14, stime 15
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(5_000);
    }
}
