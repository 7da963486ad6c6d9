package org.s3coop.platform.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;

/**
 * Signs bearer tokens with the well-known key pair kept under {@code test-keys/} in this jar: a key pair for tests
 * and measurements, never for a deployment. The services' test profile verifies them
 * ({@code %test.mp.jwt.verify.publickey.location=test-keys/publicKey.pem}); the benchmark starts the packaged
 * services with {@link #PUBLIC_KEY} and {@link #ISSUER}. Tests sign through {@code TestTokens} (platform-testing).
 */
public final class TokenSigner {
    public static final String ISSUER = "https://s3coop.test/issuer";
    public static final String AUDIENCE = "s3coop";
    /** The class-path resource of the public key (PEM) that verifies these tokens. */
    public static final String PUBLIC_KEY = "test-keys/publicKey.pem";
    private static final String PRIVATE_KEY = "test-keys/privateKey.pem";

    private TokenSigner() {
    }

    /** An admin's token (subject {@code admin}, valid for an hour). */
    public static String admin() {
        return sign(claims("admin", Set.of("admin"), List.of()));
    }

    /** The claims the services read: issuer, audience, subject, roles ({@code groups}), {@code regions}; one hour. */
    public static JwtClaimsBuilder claims(String subject, Set<String> groups, List<String> regions) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject).upn(subject).groups(groups)
                .claim("regions", regions).expiresIn(Duration.ofHours(1));
    }

    /** Signs with the private key of the pair (RS256). */
    public static String sign(JwtClaimsBuilder claims) {
        return claims.sign(privateKey(PRIVATE_KEY));
    }

    /** A private key (PEM) read from the class path. */
    public static PrivateKey privateKey(String resource) {
        try (InputStream in = TokenSigner.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return KeyUtils.decodePrivateKey(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
