package org.s3coop.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Handler;
import java.util.logging.Level;

import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.formatters.PatternFormatter;
import org.jboss.logmanager.handlers.FileHandler;

/**
 * The embedded Kafka broker and PostgreSQL log through SLF4J (to JBoss LogManager, the binding platform-embedded
 * brings). Their output goes to {@code logs/infra.log} so that the launcher's console shows progress lines only.
 */
final class InfraLogging {
    /** Holds the configured loggers, so that their levels stay. */
    private static final java.util.List<java.util.logging.Logger> CONFIGURED = new java.util.ArrayList<>();

    private InfraLogging() {
    }

    static void toFile(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        FileHandler handler = new FileHandler(new PatternFormatter("%d{HH:mm:ss,SSS} %-5p [%c{3.}] (%t) %s%e%n"),
                file.toFile(), true);
        handler.setLevel(Level.ALL);
        org.jboss.logmanager.Logger root = LogContext.getLogContext().getLogger("");
        root.setHandlers(new Handler[] { handler });
        CONFIGURED.add(root);
        root.info("======== s3coop local stack starting (launcher pid " + ProcessHandle.current().pid() + ") ========");
        root.setLevel(Level.INFO);
        // The broker is chatty at INFO (about 2,000 lines a minute at start-up); warnings are what matter here.
        for (String category : new String[] { "kafka", "org.apache.kafka", "state.change.logger" }) {
            java.util.logging.Logger logger = LogContext.getLogContext().getLogger(category);
            logger.setLevel(Level.WARNING);
            CONFIGURED.add(logger);
        }
    }
}
