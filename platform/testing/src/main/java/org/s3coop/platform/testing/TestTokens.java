package org.s3coop.platform.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.s3coop.platform.embedded.TokenSigner;

import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * The bearer tokens tests send: signed with the test key pair ({@link TokenSigner}) for the roles and regions a test
 * needs, and the wrong ones (expired, another key, issuer or audience) the services must refuse.
 */
public final class TestTokens {
    public static final String ISSUER = TokenSigner.ISSUER;
    public static final String AUDIENCE = TokenSigner.AUDIENCE;

    private TestTokens() {
    }

    public static String admin() {
        return TokenSigner.admin();
    }

    /** An admin with its own subject: another caller with the same rights as {@link #admin()}. */
    public static String admin(String subject) {
        return TokenSigner.sign(builder(subject, Set.of("admin"), List.of()));
    }

    public static String editor(String... regions) {
        return TokenSigner.sign(builder("editor-" + String.join("-", regions), Set.of("editor"), List.of(regions)));
    }

    public static String viewer() {
        return TokenSigner.sign(builder("viewer", Set.of("viewer"), List.of()));
    }

    public static String expiredEditor(String... regions) {
        Instant past = Instant.now().minus(Duration.ofHours(2));
        return TokenSigner.sign(builder("expired", Set.of("editor"), List.of(regions)).issuedAt(past)
                .expiresAt(past.plusSeconds(60)));
    }

    public static String signedByStranger(String... regions) {
        return builder("stranger", Set.of("editor"), List.of(regions))
                .sign(TokenSigner.privateKey("test-keys/otherPrivateKey.pem"));
    }

    public static String wrongIssuer(String... regions) {
        return TokenSigner.sign(builder("elsewhere", Set.of("editor"), List.of(regions))
                .issuer("https://elsewhere.example"));
    }

    /** Signed by the right key and issuer, but for another audience than {@link #AUDIENCE}. */
    public static String wrongAudience(String... regions) {
        return TokenSigner.sign(builder("other-audience", Set.of("editor"), List.of(regions)).audience("another-api"));
    }

    public static JwtClaimsBuilder builder(String subject, Set<String> groups, List<String> regions) {
        return TokenSigner.claims(subject, groups, regions);
    }
}
