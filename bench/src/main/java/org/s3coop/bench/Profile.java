package org.s3coop.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * The hottest code of a JFR recording ({@code settings=profile}: execution samples every 10-20 ms per thread) within
 * a time window: the top frames (self time), the libraries the samples fall in, and the s3coop frames on the stacks
 * (total time).
 */
record Profile(long samples, Map<String, Long> selfTop, Map<String, Long> libraries, Map<String, Long> s3coopTotal) {

    static Profile of(Path jfr, Instant from, Instant until) throws IOException {
        Map<String, Long> self = new HashMap<>();
        Map<String, Long> libraries = new HashMap<>();
        Map<String, Long> ours = new HashMap<>();
        long samples = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(jfr)) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStartTime().isBefore(from)
                    || e.getStartTime().isAfter(until) || e.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = e.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            samples++;
            RecordedFrame top = frames.get(0);
            self.merge(name(top), 1L, Long::sum);
            libraries.merge(library(firstNonJdk(frames)), 1L, Long::sum);
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (RecordedFrame f : frames) {
                String type = f.getMethod().getType().getName();
                if (type.startsWith("org.s3coop") && !type.contains("$$Lambda") && !type.contains("quarkusrestinvoker")
                        && !type.endsWith("_Subclass") && !type.endsWith("_ClientProxy") && seen.add(name(f))) {
                    ours.merge(name(f), 1L, Long::sum);
                }
            }
        }
        return new Profile(samples, top(self, 15), top(libraries, 12), top(ours, 12));
    }

    /** The class of the first frame from the top that is not the JDK's: whose code the sample is spent for. */
    static String firstNonJdk(List<RecordedFrame> frames) {
        for (RecordedFrame f : frames) {
            String type = f.getMethod().getType().getName();
            if (!type.startsWith("java.") && !type.startsWith("jdk.") && !type.startsWith("sun.")) {
                return type;
            }
        }
        return frames.get(0).getMethod().getType().getName();
    }

    static String library(String className) {
        String[][] prefixes = { { "org.hibernate", "Hibernate ORM/Reactive" }, { "io.vertx.pgclient", "Vert.x PG client" },
                { "io.vertx.sqlclient", "Vert.x PG client" }, { "io.netty", "Netty" }, { "io.vertx", "Vert.x core" },
                { "com.fasterxml.jackson", "Jackson" }, { "org.jboss.resteasy", "RESTEasy Reactive" },
                { "io.quarkus", "Quarkus" }, { "io.smallrye.jwt", "SmallRye JWT" }, { "org.jose4j", "jose4j (JWT)" },
                { "io.smallrye.mutiny", "Mutiny" }, { "io.smallrye", "SmallRye" }, { "org.apache.kafka", "Kafka client" },
                { "org.s3coop", "s3coop" }, { "org.hibernate.validator", "Hibernate Validator" },
                { "sun.security", "JDK security/crypto" }, { "java.", "JDK" }, { "jdk.", "JDK" }, { "sun.", "JDK" } };
        for (String[] p : prefixes) {
            if (className.startsWith(p[0])) {
                return p[1];
            }
        }
        int dots = 0;
        for (int i = 0; i < className.length(); i++) {
            if (className.charAt(i) == '.' && ++dots == 2) {
                return className.substring(0, i);
            }
        }
        return className;
    }

    private static String name(RecordedFrame f) {
        String type = f.getMethod().getType().getName();
        return type.substring(type.lastIndexOf('.') + 1) + "." + f.getMethod().getName() + " (" + type + ")";
    }

    static Map<String, Long> top(Map<String, Long> counts, int n) {
        Map<String, Long> top = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(n)
                .forEach(e -> top.put(e.getKey(), e.getValue()));
        return top;
    }
}
