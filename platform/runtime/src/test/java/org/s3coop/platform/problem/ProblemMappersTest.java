package org.s3coop.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionException;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The field a violation is reported on, as the client wrote it, from Hibernate Validator's real paths. */
class ProblemMappersTest {
    private static ValidatorFactory factory;
    private static Validator validator;

    public static class Priority {
        @NotBlank
        public String code;

        Priority(String code) {
            this.code = code;
        }
    }

    public static class Body {
        @NotBlank
        public String name = "Andalucía";
        @Valid
        public List<Priority> priorities = new ArrayList<>();
        public Map<String, @NotBlank String> labels = Map.of();
    }

    public static class Page {
        @Max(100)
        public int size = 10;
    }

    public static class Resource {
        public void register(@Valid @NotNull Body body) {
        }

        public void list(@Min(1) int limit, @Valid Page page) {
        }
    }

    @BeforeAll
    static void validator() {
        factory = Validation.byDefaultProvider().configure().messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    private static List<String> fields(String method, Object... args) throws NoSuchMethodException {
        Method m = List.of(Resource.class.getMethods()).stream().filter(x -> x.getName().equals(method)).findFirst()
                .orElseThrow();
        Set<ConstraintViolation<Resource>> violations = validator.forExecutables()
                .validateParameters(new Resource(), m, args);
        return violations.stream().map(v -> ProblemMappers.fieldOf(v.getPropertyPath())).sorted().toList();
    }

    @Test
    void aBodyFieldIsNamedWithoutTheMethodAndParameter() throws Exception {
        Body body = new Body();
        body.name = " ";

        assertThat(fields("register", body)).containsExactly("name");
    }

    @Test
    void aListElementKeepsItsIndex() throws Exception {
        Body body = new Body();
        body.priorities = List.of(new Priority("ES51"), new Priority(""));

        assertThat(fields("register", body)).containsExactly("priorities[1].code");
    }

    @Test
    void aMapValueIsNamedByItsKey() throws Exception {
        Body body = new Body();
        body.labels = Map.of("en", "");

        assertThat(fields("register", body)).containsExactly("labels[en]");
    }

    @Test
    void aViolationOnTheParameterItselfNamesTheParameter() throws Exception {
        assertThat(fields("register", (Object) null)).containsExactly("body");
        assertThat(fields("list", 0, new Page())).containsExactly("limit");
    }

    @Test
    void aBeanParameterFieldIsNamedAlone() throws Exception {
        Page page = new Page();
        page.size = 500;

        assertThat(fields("list", 5, page)).containsExactly("size");
    }

    @Test
    void theSqlStateIsFoundAnywhereInTheChain() {
        SQLException unique = new SQLException("duplicate key", "23505");

        assertThat(ProblemMappers.sqlStateOf(new CompletionException(new IllegalStateException(unique))))
                .isEqualTo("23505");
        assertThat(ProblemMappers.sqlStateOf(new IllegalStateException("no database here"))).isNull();
    }

    @Test
    void aKeyTakenOrAConcurrentChangeIsAConflictHoweverTheDatabaseErrorIsWrapped() {
        // a statement on the session's connection (SessionSql) fails wrapped in Hibernate's JDBCException, no
        // PgException in the chain: still the 409 it stands for, not a 500
        org.hibernate.JDBCException viaSession = new org.hibernate.JDBCException("insert failed",
                new SQLException("duplicate key value violates unique constraint", "23505"));
        assertThat(ProblemMappers.conflictOf(new CompletionException(viaSession))).isEqualTo(PlatformProblem.DUPLICATE);
        assertThat(ProblemMappers.conflictOf(new SQLException("could not serialize access", "40001")))
                .isEqualTo(PlatformProblem.CONCURRENT_MODIFICATION);
        assertThat(ProblemMappers.conflictOf(new SQLException("deadlock detected", "40P01")))
                .isEqualTo(PlatformProblem.CONCURRENT_MODIFICATION);
        assertThat(ProblemMappers.conflictOf(new SQLException("value too long", "22001"))).isNull();
        assertThat(ProblemMappers.conflictOf(new IllegalStateException("no database here"))).isNull();
    }

    @Test
    void causeOfFindsTheFirstCauseOfTheType() {
        IllegalArgumentException inner = new IllegalArgumentException("inner");
        CompletionException outer = new CompletionException(new IllegalStateException(inner));

        assertThat(ProblemMappers.causeOf(outer, IllegalArgumentException.class)).isSameAs(inner);
        assertThat(ProblemMappers.causeOf(outer, ArithmeticException.class)).isNull();
    }
}
