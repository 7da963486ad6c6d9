package org.s3coop.platform.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;

/**
 * Signs bearer tokens with the test key pair kept under {@code test-keys/}. Services verify them in the test
 * profile with {@code mp.jwt.verify.publickey.location=test-keys/publicKey.pem}.
 */
public final class TestTokens {
    public static final String ISSUER = "https://s3coop.test/issuer";
    public static final String AUDIENCE = "s3coop";

    private TestTokens() {
    }

    public static String admin() {
        return builder("admin", Set.of("admin"), List.of()).sign(key("test-keys/privateKey.pem"));
    }

    /** An admin with its own subject: another caller with the same rights as {@link #admin()}. */
    public static String admin(String subject) {
        return builder(subject, Set.of("admin"), List.of()).sign(key("test-keys/privateKey.pem"));
    }

    public static String editor(String... regions) {
        return builder("editor-" + String.join("-", regions), Set.of("editor"), List.of(regions))
                .sign(key("test-keys/privateKey.pem"));
    }

    public static String viewer() {
        return builder("viewer", Set.of("viewer"), List.of()).sign(key("test-keys/privateKey.pem"));
    }

    public static String expiredEditor(String... regions) {
        Instant past = Instant.now().minus(Duration.ofHours(2));
        return builder("expired", Set.of("editor"), List.of(regions)).issuedAt(past).expiresAt(past.plusSeconds(60))
                .sign(key("test-keys/privateKey.pem"));
    }

    public static String signedByStranger(String... regions) {
        return builder("stranger", Set.of("editor"), List.of(regions)).sign(key("test-keys/otherPrivateKey.pem"));
    }

    public static String wrongIssuer(String... regions) {
        return builder("elsewhere", Set.of("editor"), List.of(regions)).issuer("https://elsewhere.example")
                .sign(key("test-keys/privateKey.pem"));
    }

    /** Signed by the right key and issuer, but for another audience than {@link #AUDIENCE}. */
    public static String wrongAudience(String... regions) {
        return builder("other-audience", Set.of("editor"), List.of(regions)).audience("another-api")
                .sign(key("test-keys/privateKey.pem"));
    }

    public static JwtClaimsBuilder builder(String subject, Set<String> groups, List<String> regions) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject).upn(subject).groups(groups)
                .claim("regions", regions).expiresIn(Duration.ofHours(1));
    }

    private static PrivateKey key(String resource) {
        try (InputStream in = TestTokens.class.getClassLoader().getResourceAsStream(resource)) {
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
