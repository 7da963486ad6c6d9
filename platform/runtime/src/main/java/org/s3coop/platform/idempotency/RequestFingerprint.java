package org.s3coop.platform.idempotency;

import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.interceptor.InvocationContext;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * SHA-256 of the request body as canonical JSON: the body parameter of the resource method (the one that is not a
 * path, query, header, bean or context parameter), as read, written back with object keys sorted. So a retry that
 * sends the same JSON with other white space or key order is the same request; one value changed is not. (Quarkus
 * REST has consumed the raw bytes by the time a resource method is called; the parsed body is what the method acts
 * on, so it is what must not change between retries.)
 */
@ApplicationScoped
public class RequestFingerprint {
    private final ObjectMapper canonical;

    @Inject
    public RequestFingerprint(ObjectMapper json) {
        this.canonical = json.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
                .configure(SerializationFeature.INDENT_OUTPUT, false);
    }

    public String of(InvocationContext ctx) {
        Annotation[][] annotations = ctx.getMethod().getParameterAnnotations();
        Object[] values = ctx.getParameters();
        List<Object> bodies = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (isBody(annotations[i])) {
                bodies.add(values[i]);
            }
        }
        try {
            Object tree = canonical.convertValue(bodies, Object.class);
            byte[] bytes = canonical.writeValueAsString(tree).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalStateException("the request body cannot be written as JSON", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isBody(Annotation[] annotations) {
        for (Annotation a : annotations) {
            String pkg = a.annotationType().getPackageName();
            if (pkg.startsWith("jakarta.ws.rs") || pkg.equals("org.jboss.resteasy.reactive")) {
                return false;
            }
        }
        return true;
    }
}
