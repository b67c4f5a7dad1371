package org.oversightportal.reports;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import org.oversightportal.agencies.Agency;
import org.oversightportal.common.AuditLog;
import org.oversightportal.common.CurrentUser;
import org.oversightportal.common.FieldErrors;
import org.oversightportal.inventory.Disclosure;

/**
 * What agency staff do with annual reports, for their own agency only: open the report a technology
 * owes for a year, save it as often as they like (kept exactly as typed), submit it (validated; it
 * becomes public and enters the board's review queue), and amend a submitted report.
 */
@ApplicationScoped
public class ReportService {

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** The outcome of a submission: the report, or the problems (and the draft, saved). */
    public record Submission(AnnualReport report, FieldErrors errors) {
    }

    public Agency myAgency() {
        return Agency.findById(user.requireAgency().id());
    }

    /** The technology, if it is the staff member's agency's; refused and audited otherwise. */
    public Disclosure ownDisclosure(String slug, String action) {
        Disclosure d = Disclosure.findBySlug(slug).orElseThrow(NotFoundException::new);
        if (!myAgency().id.equals(d.agency.id)) {
            audit.denied(action, "disclosure", slug, "belongs to agency " + d.agency.slug);
            throw new ForbiddenException("Another agency's technology");
        }
        return d;
    }

    /** The report of that year as it stands, without creating anything (a new one is not stored until saved). */
    public AnnualReport peek(String slug, int year) {
        Disclosure d = ownDisclosure(slug, "report.open");
        checkYear(year);
        return AnnualReport.find(d, year).orElseGet(() -> {
            AnnualReport r = new AnnualReport();
            r.disclosure = d;
            r.reportingYear = year;
            r.draftForm = new ReportForm();
            return r;
        });
    }

    /** The report of that year, created as an empty draft if it does not exist yet. */
    @Transactional
    public AnnualReport open(String slug, int year) {
        Disclosure d = ownDisclosure(slug, "report.open");
        checkYear(year);
        AnnualReport r = AnnualReport.find(d, year).orElse(null);
        if (r == null) {
            r = new AnnualReport();
            r.disclosure = d;
            r.reportingYear = year;
            r.draftForm = new ReportForm();
            r.draftUpdatedAt = Instant.now(clock);
            r.draftUpdatedBy = user.username();
            r.persist();
            audit.changed("report.create-draft", "annual_report", slug + "/" + year, "");
        }
        return r;
    }

    /** Starts an amendment of a submitted report: its draft becomes the report as submitted. */
    @Transactional
    public AnnualReport amend(String slug, int year) {
        AnnualReport r = open(slug, year);
        if (r.isSubmitted() && !r.hasDraft()) {
            r.draftForm = ReportMapper.toForm(r);
            r.draftUpdatedAt = Instant.now(clock);
            r.draftUpdatedBy = user.username();
            audit.changed("report.amend", "annual_report", slug + "/" + year, "from revision " + r.revision);
        }
        return r;
    }

    @Transactional
    public AnnualReport save(String slug, int year, ReportForm form) {
        AnnualReport r = open(slug, year);
        r.draftForm = form.withoutBlankRows();
        r.draftUpdatedAt = Instant.now(clock);
        r.draftUpdatedBy = user.username();
        audit.changed("report.save", "annual_report", slug + "/" + year, "draft");
        return r;
    }

    @Transactional
    public Submission submit(String slug, int year, ReportForm form) {
        AnnualReport r = save(slug, year, form);
        FieldErrors errors = ReportMapper.apply(form, r);
        if (!errors.isEmpty()) {
            return new Submission(r, errors);
        }
        Instant now = Instant.now(clock);
        r.revision++;
        r.submittedAt = now;
        r.submittedBy = user.username();
        if (r.firstSubmittedAt == null) {
            r.firstSubmittedAt = now;
        }
        r.draftForm = null;
        r.draftUpdatedAt = null;
        r.draftUpdatedBy = null;
        audit.changed("report.submit", "annual_report", slug + "/" + year, "revision " + r.revision);
        return new Submission(r, errors);
    }

    private void checkYear(int year) {
        int now = Instant.now(clock).atZone(java.time.ZoneOffset.UTC).getYear();
        if (year < 2000 || year > now + 1) {
            throw new NotFoundException();
        }
    }
}
