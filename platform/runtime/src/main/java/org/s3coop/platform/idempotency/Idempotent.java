package org.s3coop.platform.idempotency;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * Marks a POST resource method (returning {@code Uni<Response>}) that honours the {@code Idempotency-Key} header:
 * see {@link IdempotencyInterceptor}. Every POST of the services carries it (each service's
 * {@code EveryPostIsIdempotentTest} checks that none is forgotten), and the platform's OpenAPI filter documents the
 * header on every POST.
 */
@InterceptorBinding
@Inherited
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
public @interface Idempotent {
}
