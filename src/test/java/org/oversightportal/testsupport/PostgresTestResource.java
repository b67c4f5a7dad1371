package org.oversightportal.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * A real PostgreSQL for the tests: the same embedded binaries the portal runs by default, started
 * once per JVM in a fresh temporary directory. Flyway cleans and migrates it at each start.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedPostgres server;

    @Override
    public Map<String, String> start() {
        return Map.of("quarkus.datasource.jdbc.url", jdbcUrl(),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    /** The JDBC address of the test database, starting it on first use. */
    public static synchronized String jdbcUrl() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL for the tests", e);
            }
        }
        return "jdbc:postgresql://localhost:" + server.getPort() + "/postgres";
    }

    @Override
    public void stop() {
        // Kept for the whole test JVM (other test classes reuse it); its shutdown hook removes it.
    }
}
