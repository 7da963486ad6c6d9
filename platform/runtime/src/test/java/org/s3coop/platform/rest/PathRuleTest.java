package org.s3coop.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.s3coop.platform.contract.ContractPatterns;
import org.s3coop.platform.problem.Problem;
import org.s3coop.platform.problem.ProblemException;

class PathRuleTest {
    @Test
    void passesAValueOfTheContractsShape() {
        assertThat(PathRule.NUTS_CODE.check("code", "ES51")).isEqualTo("ES51");
        assertThat(PathRule.NUTS_CODE.check("code", "EL")).isEqualTo("EL");
        assertThat(PathRule.UUID.check("id", "4efccbb8-46be-40ff-8ff6-027be54f6d5e"))
                .isEqualTo("4efccbb8-46be-40ff-8ff6-027be54f6d5e");
    }

    @Test
    void refusesOtherValuesWithTheViolationBeanValidationWouldReport() {
        for (String bad : new String[] { "es51", "E", "ES5123", "1S51", "ES-5", "" }) {
            ProblemException e = catchThrowableOfType(ProblemException.class, () -> PathRule.NUTS_CODE.check("code", bad));
            assertThat(e.problem().status()).as(bad).isEqualTo(400);
            assertThat(e.problem().violations()).as(bad).extracting(Problem.Violation::field, Problem.Violation::message)
                    .containsExactly(tuple("code", ContractPatterns.NUTS_CODE_RULE));
        }
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> PathRule.UUID.check("id", "not-a-uuid"));
        assertThat(e.problem().violations()).extracting(Problem.Violation::field).containsExactly("id");
    }
}
