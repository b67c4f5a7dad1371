package org.oversightportal.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oversightportal.testsupport.Databases;
import org.oversightportal.testsupport.PortalProcess;

/**
 * The backup and restore of docs/operations.md, with its own scripts (deploy/db/backup.sh and
 * restore.sh) and the distribution's pg_dump and pg_restore, on a real PostgreSQL holding the demo data:
 * every row of every table (current records, every revision in the history tables, comments, reports,
 * the audit log) and every sequence survive a dump, a wipe and a restore, and the portal serves the
 * restored database.
 */
class BackupRestoreIT {

    static final String DB = "portal";
    static final String ALPR = "/technologies/harbor-city-police-automated-license-plate-readers";

    static Databases databases;

    @BeforeAll
    static void startDatabase() throws Exception {
        databases = Databases.start();
        databases.create(DB);
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        if (databases != null) {
            databases.close();
        }
    }

    static PortalProcess portal(Map<String, String> extra) {
        Map<String, String> settings = new LinkedHashMap<>(databases.portalSettings(DB));
        settings.putAll(extra);
        return PortalProcess.start("backup-restore", 8093, settings).awaitReady(Duration.ofSeconds(180));
    }

    @Test
    void everyRecordAndEveryRevisionSurvivesDumpWipeAndRestore() throws Exception {
        try (PortalProcess portal = portal(Map.of("PORTAL_DEMO_DATA", "true"))) {
            assertThat(portal.status(ALPR)).isEqualTo(200);
        }
        Map<String, String> before = databases.fingerprint(DB);
        assertThat(databases.count(DB, "select count(*) from disclosure_aud"))
                .as("the demo data has revisions to lose").isGreaterThan(databases.count(DB,
                        "select count(*) from disclosure"));
        assertThat(databases.count(DB, "select count(*) from public_comment")).isPositive();

        Path file = Files.createTempDirectory("portal-backup").resolve("portal.dump");
        Databases.Result backup = Databases.run(List.of("deploy/db/backup.sh", databases.libpqUrl(DB), file.toString()));
        assertThat(backup.exitCode()).as(backup.output()).isZero();
        assertThat(backup.output()).contains("Backed up to " + file);

        // The wipe: the database is gone and made again, empty.
        databases.drop(DB);
        databases.create(DB);
        assertThat(databases.tables(DB)).isEmpty();

        Databases.Result restore = Databases.run(List.of("deploy/db/restore.sh", file.toString(), databases.libpqUrl(DB)));
        assertThat(restore.exitCode()).as(restore.output()).isZero();
        assertThat(databases.fingerprint(DB)).as("every table's rows and every sequence").isEqualTo(before);

        // The portal starts on the restored database (Flyway finds its own history) and serves the history.
        try (PortalProcess portal = portal(Map.of())) {
            assertThat(portal.status(ALPR)).as(() -> portal.logTail(40)).isEqualTo(200);
            assertThat(portal.status(ALPR + "/changes?from=1&to=2")).as(() -> portal.logTail(40)).isEqualTo(200);
            assertThat(portal.status("/comments/open")).as(() -> portal.logTail(40)).isEqualTo(200);
        }
    }

    @Test
    void restoreRefusesADatabaseThatIsNotEmpty() throws Exception {
        String other = "not_empty";
        databases.create(other);
        databases.execute(other, "create table something_precious (id int)");
        Path file = Files.createTempFile("portal", ".dump");
        Databases.Result backup = Databases.run(List.of("deploy/db/backup.sh", databases.libpqUrl(other), file.toString()));
        assertThat(backup.exitCode()).as(backup.output()).isZero();

        Databases.Result restore = Databases.run(List.of("deploy/db/restore.sh", file.toString(), databases.libpqUrl(other)));
        assertThat(restore.exitCode()).isNotZero();
        assertThat(restore.output()).contains("restore only into an empty database");
        assertThat(databases.tables(other)).containsExactly("something_precious");
    }
}
