package org.oversightportal.thirdparty;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.oversightportal.inventory.DisclosureSubmitted;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.oversightportal.agencies.Agency;
import org.oversightportal.common.AuditLog;
import org.oversightportal.common.CurrentUser;
import org.oversightportal.inventory.DisclosureDraft;
import org.oversightportal.inventory.DisclosureForm;
import org.oversightportal.inventory.Parts.SourceLink;
import org.oversightportal.vendors.Vendor;

/**
 * What an agency's staff do with what a third party reports about their agency: confirm it (a draft
 * disclosure opens, filled in from the report) or dispute it with a reason, which is then public. An
 * entry of another agency is refused (403) and the attempt audited, as for disclosures.
 */
@ApplicationScoped
public class ThirdPartyService {

    /** Longest dispute reason kept. */
    public static final int MAX_REASON = 4000;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public List<ThirdPartyEntry> myEntries() {
        return ThirdPartyEntry.listForAgency(Agency.findById(user.requireAgency().id()));
    }

    /**
     * Confirms an unconfirmed entry of the user's agency and returns the id of the draft it opened; nothing
     * for an entry already decided (a second click, or a colleague was quicker).
     */
    @Transactional
    public java.util.OptionalLong confirm(long id) {
        ThirdPartyEntry entry = myEntry(id, "third-party-entry.confirm");
        if (entry.status == EntryStatus.CONFIRMED && entry.draftId != null
                && DisclosureDraft.findById(entry.draftId) != null) {
            return java.util.OptionalLong.of(entry.draftId); // confirmed twice: the same draft
        }
        if (entry.status != EntryStatus.UNCONFIRMED) {
            return java.util.OptionalLong.empty();
        }
        DisclosureDraft draft = new DisclosureDraft();
        draft.agency = entry.agency;
        draft.form = prefilled(entry);
        draft.createdBy = user.username();
        draft.createdAt = Instant.now(clock);
        draft.updatedBy = draft.createdBy;
        draft.updatedAt = draft.createdAt;
        draft.persist();
        entry.status = EntryStatus.CONFIRMED;
        entry.decidedBy = user.username();
        entry.decidedAt = draft.createdAt;
        entry.draftId = draft.id;
        audit.changed("third-party-entry.confirm", "third_party_entry", entry.id, "draft " + draft.id);
        audit.changed("draft.create", "disclosure_draft", draft.id, draft.form.name);
        return java.util.OptionalLong.of(draft.id);
    }

    /**
     * Disputes an unconfirmed entry with a reason (required, checked by the caller; shown publicly). False
     * for an entry already decided.
     */
    @Transactional
    public boolean dispute(long id, String reason) {
        ThirdPartyEntry entry = myEntry(id, "third-party-entry.dispute");
        if (entry.status != EntryStatus.UNCONFIRMED) {
            return false;
        }
        entry.status = EntryStatus.DISPUTED;
        entry.disputeReason = reason.strip();
        entry.decidedBy = user.username();
        entry.decidedAt = Instant.now(clock);
        audit.changed("third-party-entry.dispute", "third_party_entry", entry.id, entry.disputeReason);
        return true;
    }

    /** An entry of the user's own agency; another agency's is refused and the attempt audited. */
    public ThirdPartyEntry myEntry(long id, String action) {
        Agency mine = Agency.findById(user.requireAgency().id());
        ThirdPartyEntry entry = ThirdPartyEntry.findById(id);
        if (entry == null) {
            throw new NotFoundException();
        }
        if (!entry.agency.id.equals(mine.id)) {
            audit.denied(action, "third_party_entry", id, "belongs to agency " + entry.agency.slug);
            throw new ForbiddenException("Another agency's entry");
        }
        return entry;
    }

    /** The draft a confirmed entry opens: what the third party reported, for the staff to complete. */
    static DisclosureForm prefilled(ThirdPartyEntry entry) {
        DisclosureForm form = new DisclosureForm();
        String summary = entry.summary == null ? "" : entry.summary.strip();
        form.name = !summary.isEmpty() && summary.length() <= 120 ? summary : entry.technology;
        form.category = entry.category.code();
        if (entry.vendorName != null) {
            String wanted = entry.vendorName.strip().toLowerCase(Locale.ROOT);
            Vendor.<Vendor>find("lower(name) = ?1", wanted).firstResultOptional()
                    .ifPresent(v -> form.vendor = v.slug);
        }
        StringBuilder description = new StringBuilder();
        if (!summary.isEmpty()) {
            description.append(summary).append("\n\n");
        }
        description.append("Reported by the ").append(entry.source).append(" (").append(entry.sourceId)
                .append(") as ").append(entry.technology).append(entry.vendorName == null ? "" : ", " + entry.vendorName)
                .append('.');
        form.description = description.toString();
        for (SourceLink link : entry.links) {
            DisclosureForm.LinkRow row = new DisclosureForm.LinkRow();
            row.title = link.title();
            row.url = link.url();
            form.sourceLinks.add(row);
        }
        return form;
    }

    /** A draft opened by confirming a third party's report was submitted: the report now points to the record. */
    void submitted(@Observes DisclosureSubmitted submitted) {
        ThirdPartyEntry.draftSubmitted(submitted.draftId(), submitted.disclosure());
    }
}
