package org.oversightportal.opendata;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One build of the bulk archive. Its bytes are in {@code bulk_download_chunk}, so every instance
 * serves the same file without shared storage; at most one build runs at a time across the cluster
 * (a unique index on the building row).
 */
@Entity
public class BulkDownload extends PanacheEntity {

    public static final String BUILDING = "building";
    public static final String READY = "ready";
    public static final String FAILED = "failed";

    @Column(nullable = false)
    public String status;

    @Column(nullable = false)
    public String requestedBy;

    @Column(nullable = false)
    public Instant startedAt;

    public Instant builtAt;

    public Long sizeBytes;

    public String sha256;

    /** Name and row count of every file in the archive, as a JSON object. */
    public String files;

    public String error;

    public long seconds() {
        return builtAt == null ? 0 : Math.max(0, Duration.between(startedAt, builtAt).toSeconds());
    }

    /** The newest archive that can be downloaded. */
    public static Optional<BulkDownload> latestReady() {
        return find("status = ?1 order by builtAt desc, id desc", READY).firstResultOptional();
    }

    public static Optional<BulkDownload> building() {
        return find("status", BUILDING).firstResultOptional();
    }
}
