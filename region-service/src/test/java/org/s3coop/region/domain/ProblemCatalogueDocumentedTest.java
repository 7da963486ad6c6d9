package org.s3coop.region.domain;

import org.junit.jupiter.api.Test;
import org.s3coop.platform.testing.ProblemCatalogueDoc;

/** docs/api.md lists exactly region-service's problem types (and the platform's generic ones). */
class ProblemCatalogueDocumentedTest {
    @Test
    void theApiDocumentListsEveryRegionProblem() {
        ProblemCatalogueDoc.assertDocuments("region-service", RegionProblem.values());
    }
}
