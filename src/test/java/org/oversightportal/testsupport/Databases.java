package org.oversightportal.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/** Databases on one embedded PostgreSQL server, and what tests of whole databases need. */
public final class Databases implements AutoCloseable {

    public final EmbeddedPostgres server;

    private Databases(EmbeddedPostgres server) {
        this.server = server;
    }

    public static Databases start() {
        try {
            return new Databases(EmbeddedPostgres.builder().start());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start an embedded PostgreSQL", e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + server.getPort() + "/" + database;
    }

    /** The libpq address the command-line tools take (password in PGPASSWORD). */
    public String libpqUrl(String database) {
        return "postgresql://postgres@localhost:" + server.getPort() + "/" + database;
    }

    /** The settings a portal instance needs to use one of these databases. */
    public Map<String, String> portalSettings(String database) {
        return Map.of("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl(database),
                "QUARKUS_DATASOURCE_USERNAME", "postgres",
                "QUARKUS_DATASOURCE_PASSWORD", "postgres");
    }

    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), "postgres", "postgres");
    }

    public void execute(String database, String sql) throws SQLException {
        try (Connection c = connect(database); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    public void create(String database) throws SQLException {
        execute("postgres", "create database " + database);
    }

    public void drop(String database) throws SQLException {
        execute("postgres", "drop database if exists " + database + " with (force)");
    }

    public long count(String database, String sql) throws SQLException {
        try (Connection c = connect(database); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** The tables of schema public, by name. */
    public List<String> tables(String database) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection c = connect(database); Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "select table_name from information_schema.tables where table_schema = 'public' "
                        + "and table_type = 'BASE TABLE' order by table_name")) {
            while (r.next()) {
                tables.add(r.getString(1));
            }
        }
        return tables;
    }

    /**
     * What a database holds, table by table: the number of rows and a digest of every row's text, in a
     * stable order; and every sequence's position. Two databases with equal fingerprints hold the same data.
     */
    public Map<String, String> fingerprint(String database) throws SQLException {
        Map<String, String> prints = new TreeMap<>();
        try (Connection c = connect(database); Statement s = c.createStatement()) {
            for (String table : tables(database)) {
                try (ResultSet r = s.executeQuery("select count(*), coalesce(md5(string_agg(t::text, '|' order by "
                        + "t::text)), '-') from \"" + table + "\" t")) {
                    r.next();
                    prints.put(table, r.getLong(1) + " rows " + r.getString(2));
                }
            }
            try (ResultSet r = s.executeQuery("select sequencename, last_value from pg_sequences "
                    + "where schemaname = 'public'")) {
                while (r.next()) {
                    prints.put("sequence " + r.getString(1), String.valueOf(r.getObject(2)));
                }
            }
        }
        return prints;
    }

    /** Runs a command of ours (a script in deploy/) with the database password set; its exit code and output. */
    public static Result run(List<String> command) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .directory(Path.of("").toAbsolutePath().toFile());
            builder.environment().put("PGPASSWORD", "postgres");
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(command + " did not finish within 5 minutes");
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Result(int exitCode, String output) {
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
