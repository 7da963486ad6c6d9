package org.s3coop.partnership;

import org.junit.jupiter.api.Test;
import org.s3coop.partnership.domain.PartnershipProblem;
import org.s3coop.platform.testing.ProblemCatalogueDoc;

/** docs/api.md lists exactly the problem types of partnership-service's catalogue (and the platform's). */
class ProblemCatalogueDocumentedTest {
    @Test
    void docsApiListsEveryProblemType() {
        ProblemCatalogueDoc.assertDocuments("partnership-service", PartnershipProblem.values());
    }
}
