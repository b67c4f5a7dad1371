package org.oversightportal.testsupport;

import io.quarkus.test.common.QuarkusTestResource;

/**
 * The real services every {@code @QuarkusTest} runs against: PostgreSQL and Keycloak with the demo
 * realm. Test resources that are not restricted to an annotated class apply to all test classes,
 * so the portal boots once for the whole suite; both start in parallel.
 */
@QuarkusTestResource(value = PostgresTestResource.class, parallel = true)
@QuarkusTestResource(value = KeycloakTestResource.class, parallel = true)
public final class TestServices {

    private TestServices() {
    }
}
