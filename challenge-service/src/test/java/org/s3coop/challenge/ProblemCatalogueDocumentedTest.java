package org.s3coop.challenge;

import org.junit.jupiter.api.Test;
import org.s3coop.challenge.domain.ChallengeProblem;
import org.s3coop.platform.testing.ProblemCatalogueDoc;

/** docs/api.md lists challenge-service's problem types exactly as {@link ChallengeProblem} defines them. */
class ProblemCatalogueDocumentedTest {
    @Test
    void docsListEveryChallengeProblem() {
        ProblemCatalogueDoc.assertDocuments("challenge-service", ChallengeProblem.values());
    }
}
