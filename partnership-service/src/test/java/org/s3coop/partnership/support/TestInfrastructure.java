package org.s3coop.partnership.support;

import org.s3coop.platform.testing.SuiteInfrastructure;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** One embedded PostgreSQL and one in-JVM Kafka broker for all tests of this module. */
@QuarkusTestResource(value = SuiteInfrastructure.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "partnership"))
public class TestInfrastructure {
}
