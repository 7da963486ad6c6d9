package org.s3coop.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

import org.junit.jupiter.api.Test;

/** A token the benchmark signs is one the services accept: RS256 under the public key they are given. */
class TokenSignerTest {
    private static PublicKey publicKey() throws Exception {
        try (InputStream in = TokenSigner.class.getClassLoader().getResourceAsStream(TokenSigner.PUBLIC_KEY)) {
            String pem = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
        }
    }

    @Test
    void anAdminTokenIsSignedByThePairsPrivateKey() throws Exception {
        String[] parts = TokenSigner.admin().split("\\.");

        assertThat(parts).hasSize(3);
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(publicKey());
        rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(rs256.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();

        String header = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertThat(header).contains("\"alg\":\"RS256\"");
        assertThat(claims).contains("\"iss\":\"" + TokenSigner.ISSUER + "\"", "\"aud\":\"s3coop\"",
                "\"sub\":\"admin\"", "\"groups\":[\"admin\"]", "\"regions\":[]", "\"exp\":");
    }
}
