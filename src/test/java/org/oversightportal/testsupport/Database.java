package org.oversightportal.testsupport;

import io.quarkus.test.common.QuarkusTestResource;

/**
 * Declares the test database for every {@code @QuarkusTest}: a test resource that is not restricted
 * to an annotated class applies to all of them.
 */
@QuarkusTestResource(PostgresTestResource.class)
public final class Database {

    private Database() {
    }
}
