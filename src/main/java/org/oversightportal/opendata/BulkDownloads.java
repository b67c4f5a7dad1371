package org.oversightportal.opendata;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jboss.logging.Logger;
import org.oversightportal.common.AuditLog;
import org.oversightportal.common.PortalConfig;

/**
 * The bulk archive: every download of {@link DataResource#ARCHIVED} as CSV and as JSON, and the data
 * dictionary, in one zip. It is written while the records are read (a batch at a time) straight into
 * 1 MB chunks in the database, so neither memory nor local disk grows with the data, and every instance
 * serves the same bytes. Rebuilt when older than {@code portal.downloads.bulk-max-age} (checked on a
 * schedule by every instance; a unique index lets only one build at a time) and when an administrator
 * asks.
 */
@ApplicationScoped
public class BulkDownloads {

    static final int CHUNK = 1 << 20;
    /** A build still marked as running after this long was interrupted (its instance stopped). */
    static final Duration STALE = Duration.ofHours(2);
    private static final Logger LOG = Logger.getLogger(BulkDownloads.class);

    @Inject
    Datasets datasets;

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    PortalConfig config;

    @Inject
    Clock clock;

    @Scheduled(every = "${portal.downloads.bulk-check-every}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        Instant now = Instant.now(clock);
        Optional<BulkDownload> latest = QuarkusTransaction.requiringNew().call(BulkDownload::latestReady);
        if (latest.isEmpty() || latest.get().builtAt.isBefore(now.minus(config.downloads().bulkMaxAge()))) {
            claim("schedule", false).ifPresent(this::build);
        }
    }

    /**
     * Starts a build in the background for an administrator, unless one is running. Returns false if one
     * already was (the request then changes nothing).
     */
    public boolean requestBuild(String requestedBy) {
        Optional<Long> claimed = claim(requestedBy, true);
        claimed.ifPresent(id -> CompletableFuture.runAsync(() -> build(id)));
        return claimed.isPresent();
    }

    /**
     * Builds now, in the caller's thread (a job or an operator's tool, not a web request); empty if a
     * build is already running elsewhere.
     */
    public Optional<BulkDownload> buildNow(String requestedBy) {
        return claim(requestedBy, false).map(id -> {
            build(id);
            return QuarkusTransaction.requiringNew().call(() -> BulkDownload.<BulkDownload>findById(id));
        });
    }

    /**
     * Marks a build as running; the unique index on running builds refuses a second one anywhere. The
     * audit log names the signed-in user when {@code byUser}, else the portal itself.
     */
    Optional<Long> claim(String requestedBy, boolean byUser) {
        Instant now = Instant.now(clock);
        try {
            return Optional.of(QuarkusTransaction.requiringNew().call(() -> {
                BulkDownload.update("status = ?1, error = ?2 where status = ?3 and startedAt < ?4", BulkDownload.FAILED,
                        "interrupted", BulkDownload.BUILDING, now.minus(STALE));
                BulkDownload b = new BulkDownload();
                b.status = BulkDownload.BUILDING;
                b.requestedBy = requestedBy;
                b.startedAt = now;
                b.persistAndFlush();
                if (byUser) {
                    audit.changed("bulk-download.requested", "bulk_download", b.id, null);
                } else {
                    audit.changedBySystem("bulk-download.started", "bulk_download", b.id, requestedBy);
                }
                return b.id;
            }));
        } catch (RuntimeException e) {
            if (isUniqueViolation(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @ActivateRequestContext
    void build(long id) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            ChunkStore store = new ChunkStore(id);
            Map<String, Long> files = new LinkedHashMap<>();
            try (ZipOutputStream zip = new ZipOutputStream(new DigestOutputStream(store, sha), StandardCharsets.UTF_8)) {
                OutputStream entry = new FilterOutputStream(zip) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        zip.write(b, off, len);
                    }

                    @Override
                    public void close() {
                        // the zip stays open for the next entry
                    }
                };
                for (DataResource.Download d : DataResource.ARCHIVED) {
                    zip.putNextEntry(new ZipEntry(d.id() + ".csv"));
                    files.put(d.id() + ".csv", write(d, RowSink.csv(entry, d.columns())));
                    zip.closeEntry();
                    zip.putNextEntry(new ZipEntry(d.id() + ".json"));
                    files.put(d.id() + ".json", write(d, RowSink.json(entry, d.columns())));
                    zip.closeEntry();
                }
                zip.putNextEntry(new ZipEntry("dictionary.csv"));
                files.put("dictionary.csv", dictionary(entry));
                zip.closeEntry();
            }
            Instant built = Instant.now(clock);
            String sum = HexFormat.of().formatHex(sha.digest());
            String listing = files.entrySet().stream().map(e -> "\"" + e.getKey() + "\":" + e.getValue())
                    .collect(java.util.stream.Collectors.joining(",", "{", "}"));
            QuarkusTransaction.requiringNew().run(() -> {
                BulkDownload b = BulkDownload.findById(id);
                b.status = BulkDownload.READY;
                b.builtAt = built;
                b.sizeBytes = store.size;
                b.sha256 = sum;
                b.files = listing;
                BulkDownload.delete("id <> ?1 and status <> ?2", id, BulkDownload.BUILDING);
                audit.changedBySystem("bulk-download.built", "bulk_download", id, store.size + " bytes, sha256 " + sum);
            });
        } catch (IOException | RuntimeException | NoSuchAlgorithmException e) {
            LOG.errorf(e, "The bulk download %d could not be built", id);
            QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("delete from bulk_download_chunk where download_id = ?1").setParameter(1, id)
                        .executeUpdate();
                BulkDownload b = BulkDownload.findById(id);
                b.status = BulkDownload.FAILED;
                b.error = String.valueOf(e);
                audit.changedBySystem("bulk-download.failed", "bulk_download", id, String.valueOf(e));
            });
        }
    }

    private long write(DataResource.Download d, RowSink sink) throws IOException {
        long[] rows = { 0 };
        datasets.write(d.id(), new RowSink() {
            @Override
            public void row(Object... values) throws IOException {
                rows[0]++;
                sink.row(values);
            }

            @Override
            public void flush() throws IOException {
                sink.flush();
            }

            @Override
            public void finish() throws IOException {
                sink.finish();
            }
        });
        sink.finish();
        return rows[0];
    }

    /** Every column of every file, with its meaning in English and in Spanish (from the ddc bundle). */
    private long dictionary(OutputStream out) throws IOException {
        Properties en = bundle("en");
        Properties es = bundle("es");
        RowSink csv = RowSink.csv(out, List.of("file", "column", "meaning_en", "meaning_es"));
        long rows = 0;
        for (DataResource.Download d : DataResource.ARCHIVED) {
            for (String format : List.of(".csv", ".json")) {
                for (String column : d.columns()) {
                    String key = d.columnKey(column);
                    csv.row(d.id() + format, column, en.getProperty(key), es.getProperty(key));
                    rows++;
                }
            }
        }
        csv.finish();
        return rows;
    }

    private static Properties bundle(String lang) {
        Properties p = new Properties();
        try (var in = BulkDownloads.class.getClassLoader().getResourceAsStream("messages/ddc_" + lang + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** Sends the bytes of a ready archive, one chunk in memory at a time. */
    public void stream(long id, OutputStream out) throws IOException {
        for (int seq = 0;; seq++) {
            int s = seq;
            List<?> data = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                    "select data from bulk_download_chunk where download_id = ?1 and seq = ?2")
                    .setParameter(1, id).setParameter(2, s).getResultList());
            if (data.isEmpty()) {
                return;
            }
            out.write((byte[]) data.get(0));
            out.flush();
        }
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Buffers the archive and stores it as numbered chunks, each in a transaction of its own. */
    private final class ChunkStore extends OutputStream {
        private final long id;
        private final byte[] buffer = new byte[CHUNK];
        private int used;
        private int seq;
        long size;

        ChunkStore(long id) {
            this.id = id;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] { (byte) b }, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            while (len > 0) {
                int n = Math.min(len, CHUNK - used);
                System.arraycopy(b, off, buffer, used, n);
                used += n;
                off += n;
                len -= n;
                size += n;
                if (used == CHUNK) {
                    store();
                }
            }
        }

        @Override
        public void close() {
            if (used > 0) {
                store();
            }
        }

        private void store() {
            byte[] data = java.util.Arrays.copyOf(buffer, used);
            int s = seq++;
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "insert into bulk_download_chunk (download_id, seq, data) values (?1, ?2, ?3)")
                    .setParameter(1, id).setParameter(2, s).setParameter(3, data).executeUpdate());
            used = 0;
        }
    }
}
