package org.s3coop.platform.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Signatures and secrets as the Standard Webhooks specification has them, checked against its published test vector. */
class WebhookSignatureTest {
    private static final String VECTOR_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    @Test
    void theSpecificationsTestVectorSignsAlike() {
        assertThat(WebhookSecret.problem(VECTOR_SECRET)).isNull();
        String signature = WebhookSignature.sign(WebhookSecret.key(VECTOR_SECRET), "msg_p5jXN8AQM9LWM0D4loKWxJek",
                1614265330L, "{\"test\": 2432232314}");

        assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void anotherIdTimeOrBodySignsDifferently() {
        byte[] key = WebhookSecret.key(VECTOR_SECRET);
        String base = WebhookSignature.sign(key, "msg_1", 1, "{}");

        assertThat(WebhookSignature.sign(key, "msg_2", 1, "{}")).isNotEqualTo(base);
        assertThat(WebhookSignature.sign(key, "msg_1", 2, "{}")).isNotEqualTo(base);
        assertThat(WebhookSignature.sign(key, "msg_1", 1, "{ }")).isNotEqualTo(base);
    }

    @Test
    void generatedSecretsAreValidAndNeverTheSame() {
        String a = WebhookSecret.generate();
        String b = WebhookSecret.generate();

        assertThat(a).startsWith("whsec_").isNotEqualTo(b);
        assertThat(WebhookSecret.problem(a)).isNull();
        assertThat(WebhookSecret.key(a)).hasSize(32);
    }

    @Test
    void aSecretMustBeWhsecAndBase64OfTwentyFourToSixtyFourBytes() {
        assertThat(WebhookSecret.problem(null)).contains("whsec_");
        assertThat(WebhookSecret.problem("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")).contains("must start with whsec_");
        assertThat(WebhookSecret.problem("whsec_not base64!")).contains("base64");
        assertThat(WebhookSecret.problem("whsec_c2hvcnQ=")).contains("not 5");
        assertThat(WebhookSecret.problem("whsec_" + "A".repeat(88))).contains("not 66");
    }
}
