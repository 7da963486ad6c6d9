package org.s3coop.platform.webhooks;

/** ACTIVE: deliveries are sent; PAUSED: they are queued (and given up after 24 h) until the subscription is resumed. */
public enum WebhookStatus {
    ACTIVE, PAUSED
}
