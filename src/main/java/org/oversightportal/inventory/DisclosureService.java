package org.oversightportal.inventory;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.oversightportal.agencies.Agency;
import org.oversightportal.common.AuditLog;
import org.oversightportal.common.CurrentUser;
import org.oversightportal.common.FieldErrors;
import org.oversightportal.common.Slugs;

/**
 * What agency staff may do with disclosures. Every method works on the signed-in user's own
 * agency only; a draft or disclosure of another agency is refused (403) and the attempt is
 * written to the audit log.
 */
@ApplicationScoped
public class DisclosureService {

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Event<DisclosureSubmitted> submitted;

    /** The outcome of a submission: the disclosure when it went through, else the problems. */
    public record Submission(Disclosure disclosure, DisclosureDraft draft, FieldErrors errors) {
        public boolean accepted() {
            return disclosure != null;
        }
    }

    /** The staff member's agency; staff whose account names no agency can do nothing here. */
    public Agency myAgency() {
        return Agency.findById(user.requireAgency().id());
    }

    public List<DisclosureDraft> myDrafts() {
        return DisclosureDraft.listForAgency(myAgency());
    }

    public List<Disclosure> myDisclosures() {
        return Disclosure.list("agency = ?1 order by lower(name)", myAgency());
    }

    /** A draft of the user's own agency, for reading or editing. */
    public DisclosureDraft myDraft(long id) {
        // The disclosure a revision draft belongs to is fetched with it: the API answers with its slug after the
        // transaction has ended (a lazy one gave a 500 on PUT of a revision draft).
        DisclosureDraft draft = DisclosureDraft.<DisclosureDraft>find(
                "select d from DisclosureDraft d join fetch d.agency left join fetch d.disclosure where d.id = ?1", id)
                .firstResult();
        if (draft == null) {
            throw new NotFoundException();
        }
        requireOwn(draft.agency, "draft.open", "disclosure_draft", id);
        return draft;
    }

    @Transactional
    public DisclosureDraft createDraft(DisclosureForm form) {
        DisclosureDraft draft = new DisclosureDraft();
        draft.agency = myAgency();
        draft.createdBy = user.username();
        draft.createdAt = Instant.now(clock);
        store(draft, form);
        draft.persist();
        audit.changed("draft.create", "disclosure_draft", draft.id, title(form));
        return draft;
    }

    @Transactional
    public DisclosureDraft saveDraft(long id, DisclosureForm form) {
        DisclosureDraft draft = myDraft(id);
        store(draft, form);
        audit.changed("draft.save", "disclosure_draft", id, title(form));
        return draft;
    }

    @Transactional
    public void discardDraft(long id) {
        DisclosureDraft draft = myDraft(id);
        audit.changed("draft.discard", "disclosure_draft", id, draft.title());
        draft.delete();
    }

    /**
     * Submits a form: validates it completely and, if it is complete, publishes it as the first
     * or the next revision. If it is not, the form is kept as a draft (nothing typed is lost) and
     * the problems are returned.
     */
    @Transactional
    public Submission submit(Long draftId, DisclosureForm form) {
        DisclosureDraft draft = draftId == null ? createDraft(form) : myDraft(draftId);
        Disclosure disclosure = draft.disclosure != null ? draft.disclosure : new Disclosure();
        MaterialChange.Snapshot decided = disclosure.id != null && disclosure.approvalStatus.isDecision()
                ? MaterialChange.Snapshot.of(disclosure) : null;
        FieldErrors errors = DisclosureMapper.apply(form, disclosure);
        if (!errors.isEmpty()) {
            store(draft, form);
            audit.changed("draft.submit-refused", "disclosure_draft", draft.id, errors.count() + " problems");
            return new Submission(null, draft, errors);
        }
        Instant now = Instant.now(clock);
        boolean opensPeriod = false;
        if (disclosure.id == null) {
            disclosure.agency = draft.agency;
            disclosure.slug = Slugs.unique(draft.agency.slug + " " + disclosure.name,
                    s -> Disclosure.count("slug", s) > 0);
            disclosure.firstSubmittedAt = now;
            disclosure.revision = 1;
            opensPeriod = true;
        } else {
            disclosure.revision++;
        }
        String review = "";
        if (decided != null) {
            Set<MaterialChange.Aspect> widened = decided.widenedIn(disclosure);
            if (!widened.isEmpty()) {
                // It changes what the board decided: back before the board, and no longer approved.
                disclosure.approvalStatus = ApprovalStatus.PENDING_REVIEW;
                disclosure.materialChanges = MaterialChange.codes(widened);
                review = ", back to the board: " + disclosure.materialChanges;
            }
        }
        disclosure.submittedAt = now;
        disclosure.submittedBy = user.username();
        disclosure.submittedByName = user.staffName();
        disclosure.persist();
        submitted.fire(new DisclosureSubmitted(disclosure, draft.id, opensPeriod, user.username()));
        draft.delete();
        audit.changed("disclosure.submit", "disclosure", disclosure.slug, "revision " + disclosure.revision + review);
        return new Submission(disclosure, null, FieldErrors.none());
    }

    /** Opens the next revision of a submitted disclosure: its open draft, or a new one from the record. */
    @Transactional
    public DisclosureDraft revise(String slug) {
        Disclosure disclosure = Disclosure.findBySlug(slug).orElseThrow(NotFoundException::new);
        requireOwn(disclosure.agency, "disclosure.revise", "disclosure", slug);
        DisclosureDraft open = DisclosureDraft.findOpenRevision(disclosure);
        if (open != null) {
            return open;
        }
        DisclosureDraft draft = new DisclosureDraft();
        draft.agency = disclosure.agency;
        draft.disclosure = disclosure;
        draft.createdBy = user.username();
        draft.createdAt = Instant.now(clock);
        store(draft, RecordToForm.toForm(disclosure));
        draft.persist();
        audit.changed("draft.create-revision", "disclosure", slug, "from revision " + disclosure.revision);
        return draft;
    }

    private void store(DisclosureDraft draft, DisclosureForm form) {
        // The resources check DraftLimits and show the problems; this is the last line behind them.
        if (!DraftLimits.of(form).isEmpty()) {
            throw new jakarta.ws.rs.BadRequestException("The draft is over the form's limits");
        }
        draft.form = form.withoutBlankRows();
        draft.updatedBy = user.username();
        draft.updatedAt = Instant.now(clock);
    }

    private void requireOwn(Agency owner, String action, String type, Object id) {
        Agency mine = myAgency();
        if (!mine.id.equals(owner.id)) {
            audit.denied(action, type, id, "belongs to agency " + owner.slug);
            throw new ForbiddenException("Another agency's record");
        }
    }

    private static String title(DisclosureForm form) {
        return form.name == null ? null : form.name.strip();
    }
}
