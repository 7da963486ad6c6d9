package org.s3coop.region.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A receiver's check of a delivery, written from the Standard Webhooks specification (not from the service's code):
 * the three headers present, the timestamp within five minutes, and one of the space-separated {@code v1,}
 * signatures equal to the HMAC-SHA256, keyed with the base64-decoded secret after {@code whsec_}, of
 * {@code id.timestamp.body}. {@link WebhookTests} checks it against the specification's published test vector first.
 */
final class StandardWebhooksVerifier {
    static final long TOLERANCE_SECONDS = 5 * 60;
    private final byte[] key;

    StandardWebhooksVerifier(String secret) {
        String base64 = secret.startsWith("whsec_") ? secret.substring("whsec_".length()) : secret;
        this.key = Base64.getDecoder().decode(base64);
    }

    /** Whether the delivery is authentic and fresh at {@code nowSeconds}. */
    boolean verify(String id, String timestamp, String signatures, byte[] body, long nowSeconds) {
        if (id == null || timestamp == null || signatures == null) {
            return false;
        }
        long ts;
        try {
            ts = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            return false;
        }
        if (Math.abs(nowSeconds - ts) > TOLERANCE_SECONDS) {
            return false;
        }
        byte[] expected;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            expected = mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        for (String versioned : signatures.split(" ")) {
            int comma = versioned.indexOf(',');
            if (comma > 0 && versioned.substring(0, comma).equals("v1")) {
                byte[] given;
                try {
                    given = Base64.getDecoder().decode(versioned.substring(comma + 1));
                } catch (IllegalArgumentException e) {
                    continue;
                }
                if (MessageDigest.isEqual(expected, given)) {
                    return true;
                }
            }
        }
        return false;
    }
}
