package org.s3coop.platform.problem;

import java.io.IOException;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.pgclient.PgException;

/**
 * Turns every failure of a request into an RFC 9457 problem: bad input into 4xx with the field at fault, a
 * database that is away into 503, and anything unexpected into a 500 that names an id found in the log.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.problem(), uri);
    }

    @ServerExceptionMapper
    public Response violations(ResteasyReactiveViolationException e, UriInfo uri) {
        return constraintViolations(e, uri);
    }

    @ServerExceptionMapper(priority = 4000)
    public Response constraintViolations(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            violations.add(new Problem.Violation(fieldOf(v.getPropertyPath()), v.getMessage()));
        }
        violations.sort((a, b) -> a.field().compareTo(b.field()));
        return respond(ProblemException.invalid(violations).problem(), uri);
    }

    @ServerExceptionMapper(priority = 4000)
    public Response validation(ValidationException e, UriInfo uri) {
        return respond(PlatformProblem.VALIDATION.exception(e.getMessage()).problem(), uri);
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        String field = pathOf(e);
        return respond(ProblemException.invalid(field, "unknown field; allowed: " + e.getKnownPropertyIds()).problem(), uri);
    }

    @ServerExceptionMapper
    public Response wrongValue(InvalidFormatException e, UriInfo uri) {
        String field = pathOf(e);
        String message = e.getTargetType() != null && e.getTargetType().isEnum()
                ? "must be one of " + List.of(e.getTargetType().getEnumConstants())
                : e.getTargetType() == String.class ? e.getOriginalMessage()
                : "cannot be read as " + (e.getTargetType() == null ? "the expected type" : e.getTargetType().getSimpleName());
        return respond(ProblemException.invalid(field, message).problem(), uri);
    }

    @ServerExceptionMapper
    public Response wrongShape(MismatchedInputException e, UriInfo uri) {
        if (e instanceof InvalidFormatException f) {
            return wrongValue(f, uri);
        }
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            return respond(ProblemException.invalid(pathOf(m), "has the wrong type or shape").problem(), uri);
        }
        return respond(PlatformProblem.MALFORMED_JSON.exception(
                "The request body is not valid JSON: " + e.getOriginalMessage()).problem(), uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(ProblemException.forbidden("Your token does not grant this operation").problem(), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        JsonProcessingException json = causeOf(e.getCause(), JsonProcessingException.class);
        if (json != null) {
            return json instanceof MismatchedInputException m ? wrongShape(m, uri) : unreadableJson(json, uri);
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        return respond(switch (status) {
            case 404 -> PlatformProblem.NOT_FOUND.problem("No resource at " + uri.getPath());
            case 405 -> PlatformProblem.METHOD_NOT_ALLOWED.problem("Method not allowed on " + uri.getPath());
            case 406 -> PlatformProblem.NOT_ACCEPTABLE.problem("Cannot produce the requested media type; accept application/json");
            case 413 -> PlatformProblem.PAYLOAD_TOO_LARGE.problem("The request body is too large");
            case 415 -> PlatformProblem.UNSUPPORTED_MEDIA_TYPE.problem("Content type not supported; send application/json");
            default -> otherStatus(status, e.getMessage());
        }, uri);
    }

    @ServerExceptionMapper(priority = 6000)
    public Response anything(Throwable e, UriInfo uri) {
        PlatformProblem conflict = conflictOf(e);
        if (conflict == PlatformProblem.DUPLICATE) {
            return respond(PlatformProblem.DUPLICATE.exception("A resource with the same key already exists").problem(), uri);
        }
        if (conflict == PlatformProblem.CONCURRENT_MODIFICATION) {
            return respond(PlatformProblem.CONCURRENT_MODIFICATION.exception(
                    "Another change was made at the same time; read the resource again and retry").problem(), uri);
        }
        String sqlState = sqlStateOf(e);
        if (sqlState != null && sqlState.startsWith("22")) {
            // PostgreSQL's "data exception" class: a value of the request the database cannot take (a NUL character
            // in a query parameter, a number out of range): the request's fault, and the transaction rolled back
            LOG.warnf("value refused by the database on %s: SQLSTATE %s", uri.getPath(), sqlState);
            return respond(PlatformProblem.INVALID_VALUE.exception(
                    "A value of the request cannot be stored or compared (SQLSTATE " + sqlState + "); check for "
                            + "NUL characters and out-of-range numbers").problem(), uri);
        }
        if (isDatabaseAway(e)) {
            LOG.warnf("database unavailable while serving %s: %s", uri.getPath(), e.toString());
            Response r = respond(PlatformProblem.UNAVAILABLE.exception(
                    "The database is not reachable right now; retry shortly").problem(), uri);
            return Response.fromResponse(r).header("Retry-After", "5").build();
        }
        return unexpected(e, uri);
    }

    /** A status the catalogue has no type for: the type is named after the reason phrase, as before. */
    private static Problem otherStatus(int status, String detail) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Request refused" : known.getReasonPhrase();
        return new Problem(Problem.TYPE_BASE + title.toLowerCase().replace(' ', '-'), title, status, detail, null, null, null);
    }

    private Response unexpected(Throwable e, UriInfo uri) {
        String id = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected failure %s on %s", id, uri.getPath());
        return respond(PlatformProblem.INTERNAL.exception(
                "Unexpected failure; quote id " + id + " to the operators").problem(), uri);
    }

    private Response unauthenticated(UriInfo uri) {
        Response r = respond(PlatformProblem.UNAUTHENTICATED.exception(
                "A valid bearer token is required").problem(), uri);
        return Response.fromResponse(r).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    public static Response respond(Problem problem, UriInfo uri) {
        Problem p = problem.instance() == null && uri != null ? problem.withInstance(uri.getPath()) : problem;
        return Response.status(p.status()).type(Problem.MEDIA_TYPE).entity(p).build();
    }

    static boolean isDatabaseAway(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            // SocketException: connection refused (ConnectException), or "Connection reset" on a query in flight when
            // the database goes away; a request touches no other socket (events leave through the outbox).
            if (t instanceof SocketException || t instanceof io.vertx.sqlclient.ClosedConnectionException) {
                return true;
            }
            // The NIO write of a new connection's startup message to a database that is shutting down fails with a
            // plain IOException ("Connection reset by peer", "Broken pipe"), not a SocketException.
            if (t instanceof IOException io && io.getMessage() != null
                    && (io.getMessage().contains("Connection reset") || io.getMessage().contains("Broken pipe"))) {
                return true;
            }
            String name = t.getClass().getName();
            String msg = String.valueOf(t.getMessage());
            if (name.contains("NoStackTraceThrowable") && (msg.contains("onnection") || msg.contains("Timeout"))) {
                return true;
            }
            if (name.equals("io.vertx.core.http.ConnectionPoolTooBusyException") || msg.contains("Connection refused")
                    || msg.contains("Timeout waiting for connection")) {
                return true;
            }
            if (t instanceof PgException pg && pg.getSqlState() != null && pg.getSqlState().startsWith("57P")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /**
     * The 409 a failure stands for, else null: a unique key taken (23505) or a serialization failure or deadlock
     * (40001, 40P01) anywhere in the chain, whether the statement ran on the reactive client, through Hibernate or on
     * the session's connection ({@code SessionSql}, whose failures arrive wrapped in Hibernate's JDBCException);
     * an optimistic-lock failure of Hibernate.
     */
    static PlatformProblem conflictOf(Throwable e) {
        String state = sqlStateOf(e);
        if ("23505".equals(state)) {
            return PlatformProblem.DUPLICATE;
        }
        if ("40001".equals(state) || "40P01".equals(state)
                || causeOf(e, jakarta.persistence.OptimisticLockException.class) != null
                || causeOf(e, org.hibernate.StaleStateException.class) != null) {
            return PlatformProblem.CONCURRENT_MODIFICATION;
        }
        return null;
    }

    /** The SQLSTATE of a database error anywhere in the chain (reactive client or Hibernate's wrapper), else null. */
    static String sqlStateOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PgException pg && pg.getSqlState() != null) {
                return pg.getSqlState();
            }
            if (t instanceof org.hibernate.JDBCException jdbc && jdbc.getSQLState() != null) {
                return jdbc.getSQLState();
            }
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? "body" : sb.toString();
    }

    /**
     * The field as the client wrote it: {@code register.body.priorities[0].code} becomes
     * {@code priorities[0].code}, {@code list.page.size} (a bean parameter) becomes {@code size}, and a query
     * parameter keeps its own name. A parameter's name shows only when the violation is on the parameter itself.
     */
    static String fieldOf(Path path) {
        StringBuilder sb = new StringBuilder();
        boolean afterParameter = false;
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> {
                    continue;
                }
                case PARAMETER -> {
                    sb.setLength(0);
                    sb.append(node.getName());
                    afterParameter = true;
                    continue;
                }
                default -> {
                }
            }
            if (afterParameter) {
                sb.setLength(0);
                afterParameter = false;
            }
            if (node.getIndex() != null) {
                sb.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null) {
                sb.append('[').append(node.getKey()).append(']');
            }
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getKind() != ElementKind.BEAN
                    && node.getName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(node.getName());
            }
        }
        return sb.isEmpty() ? "body" : sb.toString();
    }
}
