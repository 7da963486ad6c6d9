package org.s3coop.platform.webhooks;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * A subscription's signing secret as the Standard Webhooks specification writes it: {@code whsec_} and the base64 of
 * 24 to 64 random bytes (the HMAC key). Generated (32 bytes) when the subscriber sends none.
 */
final class WebhookSecret {
    static final String PREFIX = "whsec_";
    static final int MIN_BYTES = 24;
    static final int MAX_BYTES = 64;
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSecret() {
    }

    static String generate() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** Why {@code secret} is not a usable secret, or null when it is. */
    static String problem(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return "must start with " + PREFIX + " followed by the base64 of " + MIN_BYTES + " to " + MAX_BYTES
                    + " random bytes";
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(secret.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            return "the part after " + PREFIX + " must be base64";
        }
        if (key.length < MIN_BYTES || key.length > MAX_BYTES) {
            return "must hold " + MIN_BYTES + " to " + MAX_BYTES + " bytes (base64), not " + key.length;
        }
        return null;
    }

    /** The HMAC key of a valid secret. */
    static byte[] key(String secret) {
        return Base64.getDecoder().decode(secret.substring(PREFIX.length()));
    }
}
