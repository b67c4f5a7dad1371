package org.oversightportal.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.oversightportal.testsupport.Databases;
import org.oversightportal.testsupport.PortalProcess;

/**
 * Upgrades from every released schema version, on a copy of real data. The packaged portal fills a
 * database with the demo data at the newest schema; for each older version V, a database is migrated to
 * V only, given a copy of that data (the tables and columns V has), and then upgraded by the portal itself
 * at start-up, as an operator's upgrade does. Afterwards the schema is the one a fresh install has, every
 * copied value is still there, and the portal serves the upgraded data.
 */
class UpgradeIT {

    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    static final Pattern VERSION = Pattern.compile("V(\\d+)__.+\\.sql");
    static final String SOURCE = "fresh_install";

    static Databases databases;

    @BeforeAll
    static void fillTheNewestSchemaWithTheDemoData() throws Exception {
        databases = Databases.start();
        databases.create(SOURCE);
        Map<String, String> settings = new LinkedHashMap<>(databases.portalSettings(SOURCE));
        settings.put("PORTAL_DEMO_DATA", "true");
        try (PortalProcess portal = PortalProcess.start("upgrade-source", 8094, settings)
                .awaitReady(Duration.ofSeconds(180))) {
            assertThat(portal.status("/technologies")).isEqualTo(200);
        }
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        if (databases != null) {
            databases.close();
        }
    }

    /** Every schema version but the newest: the ones a running portal may be upgraded from. */
    static List<Integer> releasedVersions() throws IOException {
        List<Integer> versions;
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            versions = files.map(f -> VERSION.matcher(f.getFileName().toString()))
                    .filter(Matcher::matches).map(m -> Integer.parseInt(m.group(1))).sorted()
                    .collect(Collectors.toList());
        }
        assertThat(versions).as("migrations in " + MIGRATIONS).hasSizeGreaterThan(1);
        return versions.subList(0, versions.size() - 1);
    }

    @ParameterizedTest(name = "from schema version {0}")
    @MethodSource("releasedVersions")
    void aDatabaseAtAnOlderVersionUpgradesWithItsDataIntact(int version) throws Exception {
        String target = "at_v" + version;
        databases.create(target);
        Flyway.configure().dataSource(databases.jdbcUrl(target), "postgres", "postgres")
                .locations("filesystem:" + MIGRATIONS).target(Integer.toString(version)).load().migrate();
        Map<String, List<String>> copied = copyData(SOURCE, target);
        assertThat(copied).as("tables at version " + version).containsKey("agency");

        Map<String, String> settings = new LinkedHashMap<>(databases.portalSettings(target));
        try (PortalProcess portal = PortalProcess.start("upgrade-from-v" + version, 8094, settings)
                .awaitReady(Duration.ofSeconds(180))) {
            assertThat(portal.output()).contains("Successfully applied");
            assertThat(portal.status("/technologies")).isEqualTo(200);
            assertThat(portal.status("/technologies/harbor-city-police-automated-license-plate-readers"))
                    .isEqualTo(200);
            assertThat(portal.status("/agencies/washington-county-sheriff")).isEqualTo(200);
        }

        assertThat(columns(target)).as("the upgraded schema is the schema of a fresh install")
                .isEqualTo(columns(SOURCE));
        for (Map.Entry<String, List<String>> table : copied.entrySet()) {
            assertThat(digest(target, table.getKey(), table.getValue()))
                    .as("the values of " + table.getKey() + " after the upgrade")
                    .isEqualTo(digest(SOURCE, table.getKey(), table.getValue()));
        }
        databases.drop(target);
    }

    /**
     * Copies the rows of every table the target has from the source, for the columns both have (values as
     * text, cast to the target's types), with foreign keys unchecked while copying, then the sequences.
     */
    static Map<String, List<String>> copyData(String source, String target) throws SQLException {
        Map<String, List<String>> copied = new TreeMap<>();
        Map<String, Map<String, String>> targetColumns = columns(target);
        Map<String, Map<String, String>> sourceColumns = columns(source);
        try (Connection from = databases.connect(source); Connection to = databases.connect(target)) {
            to.setAutoCommit(false);
            try (Statement s = to.createStatement()) {
                s.execute("set session_replication_role = replica");
            }
            for (Map.Entry<String, Map<String, String>> table : targetColumns.entrySet()) {
                String name = table.getKey();
                if (name.equals("flyway_schema_history") || !sourceColumns.containsKey(name)) {
                    continue;
                }
                List<String> cols = new ArrayList<>();
                for (String col : table.getValue().keySet()) {
                    if (sourceColumns.get(name).containsKey(col) && !isGenerated(target, name, col)) {
                        cols.add(col);
                    }
                }
                String select = cols.stream().map(c -> "\"" + c + "\"::text").collect(Collectors.joining(", "));
                String insert = "insert into \"" + name + "\" ("
                        + cols.stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(", ")) + ") values ("
                        + cols.stream().map(c -> "?::" + table.getValue().get(c)).collect(Collectors.joining(", "))
                        + ")";
                // Rows a migration seeded (V9's kept total) are replaced by the source's, not added beside them.
                try (Statement clear = to.createStatement()) {
                    clear.execute("delete from \"" + name + "\"");
                }
                try (Statement read = from.createStatement();
                        ResultSet rows = read.executeQuery("select " + select + " from \"" + name + "\"");
                        PreparedStatement write = to.prepareStatement(insert)) {
                    while (rows.next()) {
                        for (int i = 1; i <= cols.size(); i++) {
                            write.setString(i, rows.getString(i));
                        }
                        write.addBatch();
                    }
                    write.executeBatch();
                }
                copied.put(name, cols);
            }
            try (Statement read = from.createStatement(); ResultSet seqs = read.executeQuery(
                    "select sequencename, last_value from pg_sequences where schemaname = 'public' "
                            + "and last_value is not null")) {
                while (seqs.next()) {
                    try (PreparedStatement set = to.prepareStatement("select setval(c.oid, ?) from pg_class c "
                            + "where c.relkind = 'S' and c.relname = ?")) {
                        set.setLong(1, seqs.getLong(2));
                        set.setString(2, seqs.getString(1));
                        set.execute();
                    }
                }
            }
            to.commit();
        }
        return copied;
    }

    /** Tables, each with its columns and their types, as PostgreSQL names them. */
    static Map<String, Map<String, String>> columns(String database) throws SQLException {
        Map<String, Map<String, String>> tables = new TreeMap<>();
        try (Connection c = databases.connect(database); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("""
                        select c.relname, a.attname, format_type(a.atttypid, a.atttypmod)
                        from pg_attribute a join pg_class c on c.oid = a.attrelid
                        join pg_namespace n on n.oid = c.relnamespace
                        where n.nspname = 'public' and c.relkind = 'r' and a.attnum > 0 and not a.attisdropped
                        order by c.relname, a.attname""")) {
            while (r.next()) {
                tables.computeIfAbsent(r.getString(1), t -> new TreeMap<>()).put(r.getString(2), r.getString(3));
            }
        }
        tables.remove("flyway_schema_history");
        return tables;
    }

    static boolean isGenerated(String database, String table, String column) throws SQLException {
        return databases.count(database, "select count(*) from information_schema.columns where table_schema = "
                + "'public' and table_name = '" + table + "' and column_name = '" + column
                + "' and is_generated = 'ALWAYS'") > 0;
    }

    static String digest(String database, String table, List<String> cols) throws SQLException {
        String row = cols.stream().map(c -> "coalesce(\"" + c + "\"::text, '<null>')")
                .collect(Collectors.joining(" || '|' || "));
        try (Connection c = databases.connect(database); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select count(*) || ' rows ' || coalesce(md5(string_agg(r, '#' order by r)),"
                        + " '-') from (select " + row + " as r from \"" + table + "\") t")) {
            r.next();
            return r.getString(1);
        }
    }
}
