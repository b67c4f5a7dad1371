package org.oversightportal.board;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.oversightportal.comments.CommentPeriod;
import org.oversightportal.common.AuditLog;
import org.oversightportal.common.CurrentUser;
import org.oversightportal.common.FieldErrors;
import org.oversightportal.common.Parse;
import org.oversightportal.common.PortalConfig;
import org.oversightportal.common.SingleLine;
import org.oversightportal.common.SqlValues;
import org.oversightportal.inventory.ApprovalStatus;
import org.oversightportal.inventory.Disclosure;
import org.oversightportal.inventory.DisclosureDraft;
import org.oversightportal.inventory.DisclosureMapper;
import org.oversightportal.inventory.RecordToForm;
import org.oversightportal.inventory.LifecycleStatus;
import org.oversightportal.reports.AnnualReport;

/**
 * The oversight board's work: a queue of submissions whose comment period has closed (disclosure
 * revisions not yet decided, annual reports not yet reviewed), and the decisions, which are public
 * and move the technology's status. "Request changes" (or "modify", on a report) sends the
 * disclosure back to its agency as an editable draft of a new revision.
 */
@ApplicationScoped
public class ReviewService {

    /** A submission waiting for the board. */
    public record QueueItem(String kind, String slug, String technology, String agency, int revisionOrYear,
            Instant submittedAt, Long reportId, String approvalStatus) {
        public boolean isReport() {
            return "report".equals(kind);
        }

        public boolean reportedByAgency() {
            return "REPORTED_BY_AGENCY".equals(approvalStatus);
        }

        public boolean pendingAgain() {
            return "PENDING_REVIEW".equals(approvalStatus);
        }

        public String yearText() {
            return String.valueOf(revisionOrYear);
        }
    }

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    PortalConfig config;

    /** Oldest first: disclosures whose comment period has closed (or that have none), then reports. */
    public List<QueueItem> queue() {
        List<QueueItem> items = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> disclosures = em.createNativeQuery("""
                select d.slug, d.name, a.name, d.revision, d.submitted_at, d.approval_status from disclosure d
                join agency a on a.id = d.agency_id
                where d.approval_status in ('NOT_REVIEWED', 'CHANGES_REQUESTED', 'REPORTED_BY_AGENCY', 'PENDING_REVIEW')
                  and not exists (select 1 from board_review r where r.disclosure_id = d.id
                                  and r.disclosure_revision = d.revision)
                  and not exists (select 1 from comment_period p where p.disclosure_id = d.id and p.closes_at > :now)
                order by d.submitted_at, d.id limit 200""").setParameter("now", Instant.now(clock)).getResultList();
        for (Object[] r : disclosures) {
            items.add(new QueueItem("disclosure", (String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).intValue(),
                    SqlValues.instant(r[4]), null, (String) r[5]));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> reports = em.createNativeQuery("""
                select d.slug, d.name, a.name, r.reporting_year, r.submitted_at, r.id from annual_report r
                join disclosure d on d.id = r.disclosure_id join agency a on a.id = d.agency_id
                where r.submitted_at is not null
                  and not exists (select 1 from board_review b where b.annual_report_id = r.id
                                  and b.annual_report_revision = r.revision)
                order by r.submitted_at, r.id limit 200""").getResultList();
        for (Object[] r : reports) {
            items.add(new QueueItem("report", (String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).intValue(),
                    SqlValues.instant(r[4]), ((Number) r[5]).longValue(), null));
        }
        return items;
    }

    /** Records a decision on the disclosure's current revision (which the form names, to catch a newer one). */
    @Transactional
    public FieldErrors decideDisclosure(String slug, int revision, ReviewForm form) {
        Disclosure d = Disclosure.findBySlug(slug).orElseThrow(NotFoundException::new);
        FieldErrors errors = new FieldErrors(field -> "field_review_" + field);
        SingleLine.check(form, errors);
        BoardReview review = parse(form, true, errors);
        boolean commentsOpen = CommentPeriod.count("disclosure = ?1 and closesAt > ?2", d, Instant.now(clock)) > 0;
        if (commentsOpen) {
            errors.add("decision", "error_review_period_open");
        } else if (d.revision != revision) {
            errors.add("decision", "error_review_stale");
        } else if (BoardReview.count("disclosure = ?1 and disclosureRevision = ?2", d, revision) > 0) {
            errors.add("decision", "error_review_done");
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        review.disclosure = d;
        review.disclosureRevision = revision;
        review.persist();
        d.materialChanges = null;
        String body = config.reports().boardName();
        switch (review.decision) {
            case APPROVE, APPROVE_WITH_CONDITIONS -> {
                d.approvalStatus = review.decision == Decision.APPROVE ? ApprovalStatus.APPROVED
                        : ApprovalStatus.APPROVED_WITH_CONDITIONS;
                d.approvalBody = body;
                d.approvalDate = review.hearingDate;
                d.approvalLegislation = review.legislation;
                d.approvalVote = review.consentAgenda ? "Consent agenda" : review.voteSummary();
                d.approvalConditions = review.conditions.isEmpty() ? null : String.join("\n", review.conditions);
            }
            case REJECT -> {
                d.approvalStatus = ApprovalStatus.REJECTED;
                d.approvalBody = body;
                d.approvalDate = review.hearingDate;
                d.approvalLegislation = review.legislation;
                d.approvalVote = review.consentAgenda ? "Consent agenda" : review.voteSummary();
            }
            case REQUEST_CHANGES -> {
                d.approvalStatus = ApprovalStatus.CHANGES_REQUESTED;
                sendBack(d);
            }
            default -> throw new IllegalStateException();
        }
        audit.changed("review." + review.decision.code(), "disclosure", slug, "revision " + revision + ", hearing "
                + review.hearingDate + (review.legislation == null ? "" : ", " + review.legislation));
        return errors;
    }

    /** Records a decision on a submitted annual report. */
    @Transactional
    public FieldErrors decideReport(long reportId, int revision, ReviewForm form) {
        AnnualReport report = AnnualReport.<AnnualReport>findByIdOptional(reportId)
                .filter(AnnualReport::isSubmitted).orElseThrow(NotFoundException::new);
        FieldErrors errors = new FieldErrors(field -> "field_review_" + field);
        SingleLine.check(form, errors);
        BoardReview review = parse(form, false, errors);
        if (report.revision != revision) {
            // The agency amended the report while the board had it open: decide on what it says now.
            errors.add("decision", "error_review_stale");
        } else if (BoardReview.count("annualReport = ?1 and annualReportRevision = ?2", report, revision) > 0) {
            errors.add("decision", "error_review_done");
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        Disclosure d = report.disclosure;
        review.disclosure = d;
        review.annualReport = report;
        review.annualReportRevision = report.revision;
        review.persist();
        switch (review.decision) {
            case CONTINUE -> {
                // Use continues under the approved policy: nothing changes.
            }
            case MODIFY -> {
                d.approvalStatus = ApprovalStatus.CHANGES_REQUESTED;
                sendBack(d);
            }
            case CEASE -> {
                d.lifecycleStatus = LifecycleStatus.RETIRED;
                d.retiredReason = "Use ceased by decision of the " + config.reports().boardName() + " on "
                        + review.hearingDate + (review.legislation == null ? "" : " (" + review.legislation + ")") + ".";
            }
            default -> throw new IllegalStateException();
        }
        audit.changed("review." + review.decision.code(), "annual_report", d.slug + "/" + report.reportingYear,
                "revision " + report.revision + ", hearing " + review.hearingDate + (review.legislation == null ? "" : ", " + review.legislation));
        return errors;
    }

    /**
     * A board clerk confirms the approval the agency reported (by a council ordinance, say) on the disclosure's
     * current revision: it becomes the record's approval. Refused when the disclosure reports none, or was revised
     * since the clerk opened it.
     */
    @Transactional
    public FieldErrors confirmReportedApproval(String slug, int revision) {
        Disclosure d = Disclosure.findBySlug(slug).orElseThrow(NotFoundException::new);
        FieldErrors errors = new FieldErrors(field -> "field_review_" + field);
        if (d.approvalStatus != ApprovalStatus.REPORTED_BY_AGENCY) {
            errors.add("confirm", "error_review_nothing_reported");
        } else if (d.revision != revision) {
            errors.add("confirm", "error_review_stale");
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        d.approvalStatus = d.approvalConditions == null ? ApprovalStatus.APPROVED
                : ApprovalStatus.APPROVED_WITH_CONDITIONS;
        audit.changed("review.confirm-reported-approval", "disclosure", slug, "revision " + revision + ", "
                + d.approvalBody + (d.approvalLegislation == null ? "" : ", " + d.approvalLegislation));
        return errors;
    }

    /** The disclosure goes back to its agency as a draft of its next revision (unless one is open). */
    private void sendBack(Disclosure d) {
        if (DisclosureDraft.findOpenRevision(d) != null) {
            return;
        }
        Instant now = Instant.now(clock);
        DisclosureDraft draft = new DisclosureDraft();
        draft.agency = d.agency;
        draft.disclosure = d;
        draft.form = RecordToForm.toForm(d).withoutBlankRows();
        draft.createdBy = user.username();
        draft.createdAt = now;
        draft.updatedBy = user.username();
        draft.updatedAt = now;
        draft.persist();
    }

    private BoardReview parse(ReviewForm form, boolean onDisclosure, FieldErrors errors) {
        BoardReview r = new BoardReview();
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(config.timeZone())));
        r.hearingDate = Parse.date(form.hearingDate, "hearingDate", errors);
        if (r.hearingDate == null && !errors.has("hearingDate")) {
            errors.add("hearingDate", "error_required");
        } else if (r.hearingDate != null && r.hearingDate.isAfter(today)) {
            errors.add("hearingDate", "error_review_hearing_future");
        }
        r.hearingPlace = Parse.text(form.hearingPlace, "hearingPlace", 500, true, errors);
        r.decision = Parse.choice(Decision.class, form.decision, "decision", true, errors);
        if (r.decision != null && r.decision.onDisclosure != onDisclosure) {
            errors.add("decision", "error_choose");
        }
        String conditions = Parse.text(form.conditions, "conditions", 20_000, false, errors);
        if (conditions != null) {
            r.conditions = Arrays.stream(conditions.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
        if (r.decision == Decision.APPROVE_WITH_CONDITIONS && r.conditions.isEmpty()) {
            errors.add("conditions", "error_review_conditions");
        }
        if (r.decision != Decision.APPROVE_WITH_CONDITIONS && !r.conditions.isEmpty()) {
            errors.add("conditions", "error_review_conditions_unused");
        }
        r.consentAgenda = Parse.checked(form.consentAgenda);
        Long yes = Parse.wholeNumber(form.votesFor, "votesFor", 1000, errors);
        Long no = Parse.wholeNumber(form.votesAgainst, "votesAgainst", 1000, errors);
        Long abstain = Parse.wholeNumber(form.votesAbstain, "votesAbstain", 1000, errors);
        if (!r.consentAgenda && yes == null && !errors.has("votesFor")) {
            errors.add("votesFor", "error_review_vote");
        }
        if (!r.consentAgenda && no == null && !errors.has("votesAgainst")) {
            errors.add("votesAgainst", "error_review_vote");
        }
        r.votesFor = yes == null ? null : yes.intValue();
        r.votesAgainst = no == null ? null : no.intValue();
        r.votesAbstain = abstain == null ? null : abstain.intValue();
        r.legislation = Parse.text(form.legislation, "legislation", 200, false, errors);
        r.rationale = Parse.text(form.rationale, "rationale", 20_000, true, errors);
        r.decidedBy = user.username();
        r.decidedAt = Instant.now(clock);
        return r;
    }
}
