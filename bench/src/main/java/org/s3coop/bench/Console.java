package org.s3coop.bench;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/** Progress lines on stdout. */
final class Console {
    private Console() {
    }

    static void say(String format, Object... args) {
        System.out.println("[bench " + LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + "] " + String.format(format, args));
        System.out.flush();
    }
}
