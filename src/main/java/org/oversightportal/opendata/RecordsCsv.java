package org.oversightportal.opendata;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
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
        RowSink csv = RowSink.csv(out, REPORT_COLUMNS);
        reports(csv);
        csv.finish();
    }

    public void decisions(OutputStream out) throws IOException {
        RowSink csv = RowSink.csv(out, DECISION_COLUMNS);
        decisions(csv);
        csv.finish();
    }

    /** Every submitted annual report into the sink, a batch at a time. */
    public void reports(RowSink sink) throws IOException {
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
                sink.row(d.slug, d.name, d.agency.slug, d.agency.name,
                        r.reportingYear, r.revision, r.submittedAt, code(r.capturedNonSuspects), r.complaintsCount,
                        r.violationsCount, r.breachesCount, r.recordsRequestsCount, r.totalCost, r.personnelCost,
                        r.usageSummary,
                        config.baseUrl() + "/technologies/" + d.slug + "/reports/" + r.reportingYear);
            }
            sink.flush();
            after = batch.get(batch.size() - 1).id;
        }
    }

    /** Every decision of the board into the sink, a batch at a time. */
    public void decisions(RowSink sink) throws IOException {
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
                sink.row(r.id, d.slug, d.name, d.agency.slug,
                        r.annualReport == null ? "disclosure" : "annual_report", r.disclosureRevision,
                        r.annualReport == null ? null : r.annualReport.reportingYear, code(r.decision),
                        String.join(" | ", r.conditions), r.hearingDate, r.consentAgenda,
                        r.votesFor, r.votesAgainst, r.votesAbstain, r.legislation, r.decidedAt,
                        config.baseUrl() + "/technologies/" + d.slug);
            }
            sink.flush();
            after = batch.get(batch.size() - 1).id;
        }
    }

    private static String code(Labelled value) {
        return value == null ? null : value.code();
    }
}
