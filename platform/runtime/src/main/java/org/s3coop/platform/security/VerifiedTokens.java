package org.s3coop.platform.security;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.SecretKey;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * The bearer tokens already verified, so that a client sending the same token again is not charged an RSA signature
 * check per request: the parser the JWT mechanism uses ({@link JWTParser}), keyed by the raw token. Only a token that
 * passed the full verification (signature, issuer, audience, times) is kept, and only until its {@code exp} or for
 * {@code s3coop.jwt.cache.max-age} (the longest a key rotation or a changed configuration takes to apply), whichever
 * comes first; at most {@code s3coop.jwt.cache.size} tokens (expired ones are dropped when it is full, then all).
 * A token that fails is never kept: it fails again, the same way, next time. {@code size=0} switches it off.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {
    private record Verified(JsonWebToken token, long until) {
    }

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    @Inject
    DefaultJWTParser parser;

    @ConfigProperty(name = "s3coop.jwt.cache.size", defaultValue = "10000")
    int size;
    @ConfigProperty(name = "s3coop.jwt.cache.max-age", defaultValue = "PT5M")
    Duration maxAge;

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        long now = System.currentTimeMillis();
        Verified known = verified.get(token);
        if (known != null) {
            if (now < known.until()) {
                return known.token();
            }
            verified.remove(token, known);
        }
        JsonWebToken jwt = parser.parse(token);
        if (size > 0) {
            keep(token, jwt, now);
        }
        return jwt;
    }

    private void keep(String raw, JsonWebToken jwt, long now) {
        long expires = jwt.getExpirationTime() * 1000; // seconds since the epoch; 0 when absent
        long until = Math.min(now + maxAge.toMillis(), expires > 0 ? expires : now);
        if (until <= now) {
            return;
        }
        if (verified.size() >= size) {
            verified.values().removeIf(v -> v.until() <= now);
            if (verified.size() >= size) {
                verified.clear();
            }
        }
        verified.put(raw, new Verified(jwt, until));
    }

    /** How many verified tokens are kept (for tests). */
    int kept() {
        return verified.size();
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return parser.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return parser.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return parser.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return parser.parseOnly(token);
    }
}
