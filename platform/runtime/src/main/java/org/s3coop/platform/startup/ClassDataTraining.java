package org.s3coop.platform.startup;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;

/**
 * The training start that records a service's AppCDS archive (the image's build, deploy/docker/Dockerfile.jvm, and the
 * local stack's {@code ClassDataArchive}): with {@code s3coop.cds.training=true} the service stops itself as soon as
 * it has started, and the JVM writes the classes it loaded into the archive when it exits
 * ({@code -XX:ArchiveClassesAtExit}). The training runs without a database or broker (none exists in an image
 * build), so it also turns Flyway's migration and Hibernate's database check off (environment of the training start):
 * it then goes through the whole start (Hibernate, the OpenAPI document, validation, the Kafka channels, the outbox
 * relay, the HTTP server) instead of stopping at the first connection to the database, and the archive holds the
 * classes of the whole start, not only of its first part (docs/performance.md, "Issue 18, stop 28: start-up and
 * memory"). Off in every real start.
 */
@ApplicationScoped
public class ClassDataTraining {
    static final String PROPERTY = "s3coop.cds.training";
    private static final Logger LOG = Logger.getLogger(ClassDataTraining.class);

    @ConfigProperty(name = PROPERTY, defaultValue = "false")
    boolean training;

    /** Last of the start-up observers, so that theirs are part of the training (Quarkus stops once started). */
    void started(@Observes @Priority(Integer.MAX_VALUE) StartupEvent event) {
        if (training) {
            LOG.infof("%s=true: a training start for the class data archive, stopping now", PROPERTY);
            Quarkus.asyncExit(0);
        }
    }
}
