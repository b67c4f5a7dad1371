package org.oversightportal.opendata;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.oversightportal.board.BoardReview;
import org.oversightportal.common.Labelled;
import org.oversightportal.common.PortalConfig;
import org.oversightportal.inventory.Disclosure;
import org.oversightportal.reports.AnnualReport;

/**
 * Submitted annual reports and the board's decisions as CSV, written while read, a batch of rows (by id)
 * at a time, so memory stays flat. Codes, not translated labels; formula-like cells defused as in the
 * inventory CSV.
 */
@ApplicationScoped
public class RecordsCsv {

    /** The report columns, in order; documented in the data dictionary. */
    public static final List<String> REPORT_COLUMNS = List.of("technology_slug", "technology_name", "agency_slug",
            "agency_name", "reporting_year", "revision", "submitted_at", "captured_non_suspects", "complaints_count",
            "violations_count", "breaches_count", "records_requests_count", "total_cost", "personnel_cost",
            "usage_summary", "url");

    /** The decision columns, in order; documented in the data dictionary. */
    public static final List<String> DECISION_COLUMNS = List.of("decision_id", "technology_slug", "technology_name",
            "agency_slug", "subject", "disclosure_revision", "reporting_year", "decision", "conditions",
            "hearing_date", "consent_agenda", "votes_for", "votes_against", "votes_abstain", "legislation",
            "decided_at", "url");

    @Inject
    EntityManager em;

    @Inject
    PortalConfig config;

    public void reports(OutputStream out) throws IOException {
        CSVPrinter csv = printer(out, REPORT_COLUMNS);
        long after = 0;
        while (true) {
            long from = after;
            List<AnnualReport> batch = QuarkusTransaction.requiringNew().call(() -> em.createQuery("""
                    select r from AnnualReport r join fetch r.disclosure d join fetch d.agency
                    where r.submittedAt is not null and r.id > :after order by r.id""", AnnualReport.class)
                    .setParameter("after", from).setMaxResults(config.downloads().batchSize()).getResultList());
            if (batch.isEmpty()) {
                break;
            }
            for (AnnualReport r : batch) {
                Disclosure d = r.disclosure;
                csv.printRecord(d.slug, InventoryCsv.safe(d.name), d.agency.slug, InventoryCsv.safe(d.agency.name),
                        r.reportingYear, r.revision, r.submittedAt, code(r.capturedNonSuspects), r.complaintsCount,
                        r.violationsCount, r.breachesCount, r.recordsRequestsCount, r.totalCost, r.personnelCost,
                        InventoryCsv.safe(r.usageSummary),
                        config.baseUrl() + "/technologies/" + d.slug + "/reports/" + r.reportingYear);
            }
            csv.flush();
            after = batch.get(batch.size() - 1).id;
        }
        csv.flush();
    }

    public void decisions(OutputStream out) throws IOException {
        CSVPrinter csv = printer(out, DECISION_COLUMNS);
        long after = 0;
        while (true) {
            long from = after;
            List<BoardReview> batch = QuarkusTransaction.requiringNew().call(() -> {
                List<BoardReview> rows = em.createQuery("""
                        select r from BoardReview r join fetch r.disclosure d join fetch d.agency
                        left join fetch r.annualReport where r.decision is not null and r.id > :after order by r.id""",
                        BoardReview.class).setParameter("after", from).setMaxResults(config.downloads().batchSize())
                        .getResultList();
                rows.forEach(r -> r.conditions.size()); // read inside the transaction
                return rows;
            });
            if (batch.isEmpty()) {
                break;
            }
            for (BoardReview r : batch) {
                Disclosure d = r.disclosure;
                csv.printRecord(r.id, d.slug, InventoryCsv.safe(d.name), d.agency.slug,
                        r.annualReport == null ? "disclosure" : "annual_report", r.disclosureRevision,
                        r.annualReport == null ? null : r.annualReport.reportingYear, code(r.decision),
                        InventoryCsv.safe(String.join(" | ", r.conditions)), r.hearingDate, r.consentAgenda,
                        r.votesFor, r.votesAgainst, r.votesAbstain, InventoryCsv.safe(r.legislation), r.decidedAt,
                        config.baseUrl() + "/technologies/" + d.slug);
            }
            csv.flush();
            after = batch.get(batch.size() - 1).id;
        }
        csv.flush();
    }

    private static CSVPrinter printer(OutputStream out, List<String> columns) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        return CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get().print(writer);
    }

    private static String code(Labelled value) {
        return value == null ? null : value.code();
    }
}
