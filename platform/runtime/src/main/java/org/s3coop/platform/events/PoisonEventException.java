package org.s3coop.platform.events;

/** A record that can never be processed: it goes to the dead-letter topic with this message as its reason. */
public class PoisonEventException extends RuntimeException {
    public PoisonEventException(String message) {
        super(message, null, false, false);
    }
}
