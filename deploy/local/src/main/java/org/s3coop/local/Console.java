package org.s3coop.local;

import java.io.PrintStream;
import java.util.Locale;

/** Short progress lines on the launcher's own stdout, with the seconds since the launch. */
final class Console {
    private static final long STARTED = System.nanoTime();
    private static final PrintStream OUT = System.out;

    private Console() {
    }

    static double secondsSinceStart() {
        return (System.nanoTime() - STARTED) / 1e9;
    }

    static synchronized void step(String format, Object... args) {
        OUT.printf(Locale.ROOT, "[%6.1fs] %s%n", secondsSinceStart(), String.format(Locale.ROOT, format, args));
        OUT.flush();
    }

    static synchronized void warn(String format, Object... args) {
        step("WARNING: " + format, args);
    }

    static synchronized void plain(String text) {
        OUT.println(text);
        OUT.flush();
    }

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }
}
