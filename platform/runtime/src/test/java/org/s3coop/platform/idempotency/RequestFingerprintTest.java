package org.s3coop.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The fingerprint of a request: its body as canonical JSON, hashed; path and header parameters do not count. */
class RequestFingerprintTest {
    private final RequestFingerprint fingerprint = new RequestFingerprint(new ObjectMapper());

    public static class Resource {
        public void create(@PathParam("id") String id, @HeaderParam("Idempotency-Key") String key,
                Map<String, Object> body) {
        }
    }

    private String of(String id, String key, Map<String, Object> body) throws NoSuchMethodException {
        Method create = Resource.class.getMethod("create", String.class, String.class, Map.class);
        return fingerprint.of(new Invocation(create, new Object[] { id, key, body }));
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    @Test
    void isTheSha256OfTheBody() throws Exception {
        assertThat(of("r1", "k", map("code", "ES51"))).matches("[0-9a-f]{64}");
    }

    @Test
    void theSameJsonInAnotherKeyOrderIsTheSameRequest() throws Exception {
        String a = of("r1", "k", map("code", "ES51", "name", "Catalunya", "nested", map("x", 1, "y", 2)));
        String b = of("r1", "k", map("nested", map("y", 2, "x", 1), "name", "Catalunya", "code", "ES51"));

        assertThat(a).isEqualTo(b);
    }

    @Test
    void oneValueChangedIsAnotherRequest() throws Exception {
        assertThat(of("r1", "k", map("code", "ES51"))).isNotEqualTo(of("r1", "k", map("code", "ES52")));
        assertThat(of("r1", "k", map("n", 1))).isNotEqualTo(of("r1", "k", map("n", "1")));
    }

    @Test
    void pathAndHeaderParametersAreNotPartOfTheBody() throws Exception {
        assertThat(of("r1", "k1", map("code", "ES51"))).isEqualTo(of("r2", "k2", map("code", "ES51")));
    }

    /** The resource method call the interceptor sees. */
    private record Invocation(Method method, Object[] parameters) implements InvocationContext {
        @Override
        public Object getTarget() {
            return null;
        }

        @Override
        public Object getTimer() {
            return null;
        }

        @Override
        public Method getMethod() {
            return method;
        }

        @Override
        public Constructor<?> getConstructor() {
            return null;
        }

        @Override
        public Object[] getParameters() {
            return parameters;
        }

        @Override
        public void setParameters(Object[] params) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<String, Object> getContextData() {
            return Map.of();
        }

        @Override
        public Object proceed() {
            throw new UnsupportedOperationException();
        }
    }
}
