package org.oversightportal.common;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.logging.Logger;

/**
 * The embedded default database. It is started before Quarkus boots (the datasource URL is
 * read at start-up) and keeps its files in a data directory, so demo data and anything a user
 * typed survive a restart. An external PostgreSQL is used as soon as
 * {@code QUARKUS_DATASOURCE_JDBC_URL} is set; with {@code PORTAL_REQUIRE_DATABASE_URL=true} (the container
 * image sets it) a missing URL stops the start instead.
 */
public final class EmbeddedDatabase {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    private static EmbeddedPostgres server;

    private EmbeddedDatabase() {
    }

    public static synchronized void startIfNoDatabaseConfigured() {
        if (isSet(System.getenv("QUARKUS_DATASOURCE_JDBC_URL"))
                || isSet(System.getProperty("quarkus.datasource.jdbc.url"))) {
            return;
        }
        if (Boolean.parseBoolean(System.getenv("PORTAL_REQUIRE_DATABASE_URL"))) {
            // In a container or a cluster an embedded database would be a private, throwaway one per
            // instance: refuse to start rather than lose what residents and staff submit.
            throw new IllegalStateException("PORTAL_REQUIRE_DATABASE_URL is true but QUARKUS_DATASOURCE_JDBC_URL "
                    + "is not set: point the portal at its PostgreSQL database (docs/operations.md).");
        }
        String dataDir = firstSet(System.getenv("PORTAL_DATA_DIR"), ".local") + "/postgres";
        int port = Integer.parseInt(firstSet(System.getenv("PORTAL_EMBEDDED_DB_PORT"), "5433"));
        Path dir = Path.of(dataDir).toAbsolutePath();
        try {
            Files.createDirectories(dir);
            server = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .start();
        } catch (IOException e) {
            Path version = dir.resolve("PG_VERSION");
            String madeBy = Files.isReadable(version) ? readQuietly(version) : null;
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dir + " on port " + port
                    + " (is another one running?"
                    + (madeBy == null ? "" : " The directory was made by PostgreSQL " + madeBy + "; the embedded server"
                            + " is PostgreSQL 15: move the directory aside, or dump it with that version's pg_dump.")
                    + ")", e);
        }
        LOG.infof("No database configured: started embedded PostgreSQL on port %d with data in %s", port, dir);
        System.setProperty("quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + port + "/postgres");
        System.setProperty("quarkus.datasource.username", "postgres");
        System.setProperty("quarkus.datasource.password", "postgres");
        Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedDatabase::stop, "embedded-postgres-stop"));
    }

    static synchronized void stop() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
            }
            server = null;
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file).trim();
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }

    private static String firstSet(String value, String fallback) {
        return isSet(value) ? value : fallback;
    }
}
