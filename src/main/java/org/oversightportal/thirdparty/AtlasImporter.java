package org.oversightportal.thirdparty;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.event.Event;
import org.oversightportal.common.RecordChanged;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jboss.logging.Logger;
import org.oversightportal.agencies.Agency;
import org.oversightportal.common.AuditLog;
import org.oversightportal.common.CurrentUser;
import org.oversightportal.common.SingleLine;
import org.oversightportal.common.Slugs;
import org.oversightportal.inventory.Category;
import org.oversightportal.inventory.Parts.SourceLink;
import org.oversightportal.thirdparty.ThirdPartyImport.Problem;
import org.oversightportal.thirdparty.ThirdPartyImport.ReportLine;

/**
 * Imports an Atlas of Surveillance CSV. The file is read and checked while the admin waits (so a file
 * that is not a CSV, or lacks the Agency or Technology column, is refused on the page), then its rows
 * are turned into entries in the background, a batch per transaction, the import's row recording how
 * far it has got. Every row ends up as an entry, a duplicate of one, or a line of the report.
 */
@ApplicationScoped
public class AtlasImporter {

    private static final Logger LOG = Logger.getLogger(AtlasImporter.class);

    /** Largest file accepted: the whole Atlas (about 12,000 rows with their links) is about 10 MB. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    /** Rows per transaction: progress is visible after each batch. */
    static final int BATCH = 100;

    /** Why a file was refused before any row was read: a message key of the "at" bundle, and its detail. */
    public static class Refused extends Exception {
        public final String messageKey;
        public final String detail;

        Refused(String messageKey, String detail) {
            super(messageKey);
            this.messageKey = messageKey;
            this.detail = detail == null ? "" : detail;
        }
    }

    /** A data row of the file: its row number in a spreadsheet (the header is row 1) and its cells by column. */
    record Row(long number, Map<String, String> cells, String problem) {
        String get(String column) {
            String value = cells.get(column.toLowerCase(Locale.ROOT));
            return value == null ? "" : value.strip();
        }
    }

    /** A file that passed the checks, ready to import. */
    public record Parsed(String fileName, List<Row> rows) {
    }

    @Inject
    AuditLog audit;

    @Inject
    Event<RecordChanged> changes;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    /** One import at a time, so that a large file never takes more than one thread and one connection. */
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "atlas-import");
        t.setDaemon(true);
        return t;
    });

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /** Reads and checks a file: UTF-8 text, a header with the required columns, at least one row. */
    public Parsed parse(String fileName, byte[] content) throws Refused {
        if (content.length == 0) {
            throw new Refused("error_empty", null);
        }
        if (content.length > MAX_BYTES) {
            throw new Refused("error_too_large", String.valueOf(MAX_BYTES / (1024 * 1024)));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new Refused("error_not_text", null);
        }
        if (text.indexOf('\0') >= 0) {
            throw new Refused("error_not_text", null);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().get().parse(new StringReader(text))) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new Refused("error_empty", null);
            }
            List<String> header = records.next().toList().stream().map(h -> h.strip().toLowerCase(Locale.ROOT))
                    .toList();
            List<String> missing = AtlasFormat.REQUIRED.stream()
                    .filter(c -> !header.contains(c.toLowerCase(Locale.ROOT))).toList();
            if (!missing.isEmpty()) {
                throw new Refused("error_missing_columns", String.join(", ", missing));
            }
            long number = 1;
            while (records.hasNext()) {
                CSVRecord record = records.next();
                number++;
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue; // a blank line
                }
                Map<String, String> cells = new HashMap<>();
                for (int i = 0; i < Math.min(header.size(), record.size()); i++) {
                    cells.putIfAbsent(header.get(i), record.get(i));
                }
                String problem = record.size() != header.size()
                        ? record.size() + " / " + header.size()
                        : null;
                rows.add(new Row(number, cells, problem));
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new Refused("error_not_csv", e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse(""));
        }
        if (rows.isEmpty()) {
            throw new Refused("error_no_rows", null);
        }
        return new Parsed(fileName == null || fileName.isBlank() ? "upload.csv" : fileName.strip(), rows);
    }

    /** Records the import (audited, as the signed-in admin) and starts it in the background. */
    public ThirdPartyImport start(Parsed file, boolean createAgencies) {
        ThirdPartyImport started = QuarkusTransaction.requiringNew().call(() -> begin(file, createAgencies));
        long id = started.id;
        worker.submit(() -> run(id, file.rows()));
        return started;
    }

    private ThirdPartyImport begin(Parsed file, boolean createAgencies) {
        ThirdPartyImport run = new ThirdPartyImport();
        run.source = ThirdPartyEntry.ATLAS;
        run.fileName = file.fileName().length() > 300 ? file.fileName().substring(0, 300) : file.fileName();
        run.importedBy = user.username();
        run.createAgencies = createAgencies;
        run.status = ImportStatus.RUNNING;
        run.startedAt = Instant.now(clock);
        run.totalRows = file.rows().size();
        run.persist();
        audit.changed("third-party-import.start", "third_party_import", run.id,
                run.fileName + ", " + run.totalRows + " rows" + (createAgencies ? ", creating agencies" : ""));
        return run;
    }

    private void run(long importId, List<Row> rows) {
        try {
            Map<String, Long> agencies = QuarkusTransaction.requiringNew().call(AtlasImporter::agenciesByName);
            for (int from = 0; from < rows.size(); from += BATCH) {
                List<Row> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
                QuarkusTransaction.requiringNew().run(() -> importBatch(importId, batch, agencies));
            }
            QuarkusTransaction.requiringNew().run(() -> {
                ThirdPartyImport run = ThirdPartyImport.findById(importId);
                run.status = ImportStatus.FINISHED;
                run.finishedAt = Instant.now(clock);
                audit.changedOnBehalfOf(run.importedBy, "third-party-import.finish", "third_party_import", importId,
                        run.created + " created, " + run.duplicates + " already there, " + run.unknownAgencies
                                + " unknown agency, " + run.unmappable + " unmappable, " + run.badRows + " bad rows");
            });
        } catch (RuntimeException e) {
            LOG.errorf(e, "Import %d failed", importId);
            QuarkusTransaction.requiringNew().run(() -> {
                ThirdPartyImport run = ThirdPartyImport.findById(importId);
                run.status = ImportStatus.FAILED;
                run.finishedAt = Instant.now(clock);
                audit.changedOnBehalfOf(run.importedBy, "third-party-import.fail", "third_party_import", importId,
                        "stopped after " + run.processedRows + " rows");
            });
        }
    }

    private static Map<String, Long> agenciesByName() {
        Map<String, Long> byName = new HashMap<>();
        for (Agency a : Agency.<Agency>listAll()) {
            byName.putIfAbsent(key(a.name), a.id);
        }
        return byName;
    }

    private void importBatch(long importId, List<Row> batch, Map<String, Long> agencies) {
        ThirdPartyImport run = ThirdPartyImport.findById(importId);
        run.report = new ArrayList<>(run.report);
        for (Row row : batch) {
            importRow(run, row, agencies);
            run.processedRows++;
        }
        // Each batch's entries are public once it commits, before the import's audited finish.
        changes.fire(new RecordChanged("third_party_import", importId, "third-party-import.batch"));
    }

    private void importRow(ThirdPartyImport run, Row row, Map<String, Long> agencies) {
        String agencyName = row.get(AtlasFormat.AGENCY);
        String technology = row.get(AtlasFormat.TECHNOLOGY);
        String broken = lineBroken(row);
        if (row.problem() != null || broken != null || agencyName.isEmpty() || technology.isEmpty()) {
            String what = row.problem() != null ? "fields " + row.problem()
                    : broken != null ? broken + " (line break)"
                    : agencyName.isEmpty() ? AtlasFormat.AGENCY : AtlasFormat.TECHNOLOGY;
            report(run, Problem.BAD_ROW, row, what);
            run.badRows++;
            return;
        }
        Optional<Category> category = Category.fromAtlas(technology);
        if (category.isEmpty()) {
            report(run, Problem.UNMAPPABLE_TECHNOLOGY, row, technology);
            run.unmappable++;
            return;
        }
        Long agencyId = agencies.get(key(agencyName));
        if (agencyId == null && run.createAgencies) {
            agencyId = createAgency(run, row, agencyName);
            agencies.put(key(agencyName), agencyId);
        }
        if (agencyId == null) {
            report(run, Problem.UNKNOWN_AGENCY, row, agencyName);
            run.unknownAgencies++;
            return;
        }
        String sourceId = sourceId(row);
        if (ThirdPartyEntry.count("source = ?1 and sourceId = ?2 and agency.id = ?3", ThirdPartyEntry.ATLAS, sourceId,
                agencyId) > 0) {
            run.duplicates++;
            return;
        }
        ThirdPartyEntry entry = new ThirdPartyEntry();
        entry.source = ThirdPartyEntry.ATLAS;
        entry.sourceId = sourceId;
        entry.agency = Agency.getEntityManager().getReference(Agency.class, agencyId);
        entry.technology = limit(technology, 200);
        entry.category = category.get();
        entry.vendorName = blankToNull(limit(row.get(AtlasFormat.VENDOR), 300));
        entry.summary = blankToNull(row.get(AtlasFormat.SUMMARY));
        AtlasFormat.Place place = new AtlasFormat.Place(row.get(AtlasFormat.CITY), row.get(AtlasFormat.COUNTY),
                row.get(AtlasFormat.STATE), row.get(AtlasFormat.TYPE_OF_JURIS));
        entry.reportedPlace = limit(place.jurisdiction(), 300);
        entry.links = links(row);
        entry.status = EntryStatus.UNCONFIRMED;
        entry.fromImport = run;
        entry.createdAt = Instant.now(clock);
        entry.persist();
        run.created++;
    }

    private Long createAgency(ThirdPartyImport run, Row row, String name) {
        Agency agency = new Agency();
        agency.name = limit(name, 300);
        agency.slug = Slugs.unique(name, s -> Agency.count("slug", s) > 0);
        agency.kind = AtlasFormat.kindOf(row.get(AtlasFormat.TYPE_OF_LEA));
        agency.jurisdiction = limit(new AtlasFormat.Place(row.get(AtlasFormat.CITY), row.get(AtlasFormat.COUNTY),
                row.get(AtlasFormat.STATE), "").jurisdiction(), 300);
        agency.createdAt = Instant.now(clock);
        agency.updatedAt = agency.createdAt;
        agency.persist();
        report(run, Problem.AGENCY_CREATED, row, agency.name);
        run.agenciesCreated++;
        audit.changedOnBehalfOf(run.importedBy, "agency.create", "agency", agency.slug,
                agency.name + " (from third-party import " + run.id + ")");
        return agency.id;
    }

    private static void report(ThirdPartyImport run, Problem problem, Row row, String value) {
        run.report.add(new ReportLine(problem, row.number(), limit(value, 300)));
    }

    /**
     * The first one-line column the import uses (names, places, links) whose cell holds a line break, or
     * null: a name with one would reach email subjects and CSV lines as two lines, so the row is refused.
     * The summary may have several lines.
     */
    static String lineBroken(Row row) {
        List<String> columns = new ArrayList<>(List.of(AtlasFormat.AGENCY, AtlasFormat.TECHNOLOGY, AtlasFormat.VENDOR,
                AtlasFormat.CITY, AtlasFormat.COUNTY, AtlasFormat.STATE, AtlasFormat.TYPE_OF_JURIS,
                AtlasFormat.TYPE_OF_LEA, AtlasFormat.AOSNUMBER));
        for (int i = 1; i <= AtlasFormat.MAX_LINKS; i++) {
            columns.addAll(List.of("Link " + i, "Link " + i + " Source", "Link " + i + " Date"));
        }
        return columns.stream().filter(c -> SingleLine.hasBreak(row.get(c))).findFirst().orElse(null);
    }

    /** The Atlas's own number; for a row without one, a digest of what identifies it. */
    static String sourceId(Row row) {
        String aos = row.get(AtlasFormat.AOSNUMBER);
        if (!aos.isEmpty()) {
            return limit(aos, 200);
        }
        String identity = key(row.get(AtlasFormat.AGENCY)) + "|" + key(row.get(AtlasFormat.TECHNOLOGY)) + "|"
                + key(row.get(AtlasFormat.VENDOR)) + "|" + row.get("Link 1");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "Link 1" … "Link 10", each with its "Source" (the title here) and "Date" when they parse. */
    static List<SourceLink> links(Row row) {
        List<SourceLink> links = new ArrayList<>();
        for (int i = 1; i <= AtlasFormat.MAX_LINKS; i++) {
            String url = row.get("Link " + i);
            if (url.isEmpty() || !(url.startsWith("https://") || url.startsWith("http://"))) {
                continue;
            }
            String title = row.get("Link " + i + " Source");
            LocalDate date = null;
            try {
                String d = row.get("Link " + i + " Date");
                date = d.length() >= 10 ? LocalDate.parse(d.substring(0, 10)) : null;
            } catch (DateTimeParseException e) {
                date = null;
            }
            links.add(new SourceLink(limit(title.isEmpty() ? url : title, 300), limit(url, 2000), date));
        }
        return links;
    }

    static String key(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String limit(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
