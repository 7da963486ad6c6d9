package org.s3coop.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

class VerifiedTokensTest {
    /** Stands in for the signature check: tokens named "exp:<seconds>" verify with that expiry, "bad" fails. */
    static final class CountingParser extends DefaultJWTParser {
        final List<String> verified = new ArrayList<>();

        @Override
        public JsonWebToken parse(String token) throws ParseException {
            verified.add(token);
            if (token.startsWith("bad")) {
                throw new ParseException("signature does not match");
            }
            long exp = Long.parseLong(token.substring(token.indexOf(':') + 1));
            return token(Map.of("exp", exp, "sub", token));
        }
    }

    private final CountingParser parser = new CountingParser();
    private final VerifiedTokens tokens = new VerifiedTokens();

    @BeforeEach
    void setUp() {
        tokens.parser = parser;
        tokens.size = 3;
        tokens.maxAge = Duration.ofMinutes(5);
    }

    private static long inSeconds(long seconds) {
        return System.currentTimeMillis() / 1000 + seconds;
    }

    @Test
    void aTokenVerifiedOnceIsNotVerifiedAgainUntilItExpires() throws Exception {
        String raw = "a-exp:" + inSeconds(3600);
        JsonWebToken first = tokens.parse(raw);
        JsonWebToken second = tokens.parse(raw);
        assertThat(second).isSameAs(first);
        assertThat(parser.verified).containsExactly(raw);
    }

    @Test
    void aTokenThatFailsIsNeverKeptAndFailsEveryTime() {
        assertThatThrownBy(() -> tokens.parse("bad")).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> tokens.parse("bad")).isInstanceOf(ParseException.class);
        assertThat(parser.verified).containsExactly("bad", "bad");
        assertThat(tokens.kept()).isZero();
    }

    @Test
    void aTokenPastItsExpiryIsVerifiedEveryTime() throws Exception {
        // the verifier's clock skew may still accept it: the cache does not, it leaves the verdict to the verifier
        String raw = "b-exp:" + inSeconds(-30);
        tokens.parse(raw);
        tokens.parse(raw);
        assertThat(parser.verified).containsExactly(raw, raw);
        assertThat(tokens.kept()).isZero();
    }

    @Test
    void aTokenIsKeptNoLongerThanTheMaximumAge() throws Exception {
        tokens.maxAge = Duration.ZERO;
        String raw = "c-exp:" + inSeconds(3600);
        tokens.parse(raw);
        tokens.parse(raw);
        assertThat(parser.verified).containsExactly(raw, raw);
    }

    @Test
    void theCacheIsBounded() throws Exception {
        for (int i = 0; i < 10; i++) {
            tokens.parse("t" + i + "-exp:" + inSeconds(3600));
            assertThat(tokens.kept()).isLessThanOrEqualTo(3);
        }
        assertThat(parser.verified).hasSize(10);
    }

    @Test
    void sizeZeroSwitchesItOff() throws Exception {
        tokens.size = 0;
        String raw = "d-exp:" + inSeconds(3600);
        tokens.parse(raw);
        tokens.parse(raw);
        assertThat(parser.verified).containsExactly(raw, raw);
        assertThat(tokens.kept()).isZero();
    }

    private static JsonWebToken token(Map<String, Object> claims) {
        return new JsonWebToken() {
            @Override
            public String getName() {
                return (String) claims.get("sub");
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String name) {
                return (T) claims.get(name);
            }
        };
    }
}
