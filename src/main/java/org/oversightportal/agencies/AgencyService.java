package org.oversightportal.agencies;

import static org.oversightportal.common.Parse.choice;
import static org.oversightportal.common.Parse.text;
import static org.oversightportal.common.Parse.url;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import org.oversightportal.common.AuditLog;
import org.oversightportal.common.FieldErrors;
import org.oversightportal.common.FormBinding;
import org.oversightportal.common.SingleLine;
import org.oversightportal.common.Slugs;

/** Admins add and correct agencies. The slug is fixed once created: staff accounts point at it. */
@ApplicationScoped
public class AgencyService {

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public record Result(Agency agency, FieldErrors errors) {
    }

    @Transactional
    public Result create(AgencyForm form) {
        Agency agency = new Agency();
        FieldErrors errors = apply(form, agency);
        String slug = FormBinding.isBlank(form.slug) ? Slugs.of(form.name == null ? "" : form.name) : form.slug.strip();
        if (!Slugs.isValid(slug)) {
            errors.add("slug", "error_slug");
        } else if (Agency.findBySlug(slug).isPresent()) {
            errors.add("slug", "error_slug_taken");
        }
        if (!errors.isEmpty()) {
            return new Result(null, errors);
        }
        agency.slug = slug;
        agency.createdAt = Instant.now(clock);
        agency.updatedAt = agency.createdAt;
        agency.persist();
        audit.changed("agency.create", "agency", slug, agency.name);
        return new Result(agency, errors);
    }

    @Transactional
    public Result update(String slug, AgencyForm form) {
        Agency agency = Agency.findBySlug(slug).orElseThrow(NotFoundException::new);
        Agency edited = new Agency();
        FieldErrors errors = apply(form, edited);
        if (!errors.isEmpty()) {
            return new Result(null, errors);
        }
        agency.name = edited.name;
        agency.kind = edited.kind;
        agency.jurisdiction = edited.jurisdiction;
        agency.website = edited.website;
        agency.contactName = edited.contactName;
        agency.contactEmail = edited.contactEmail;
        agency.contactPhone = edited.contactPhone;
        agency.updatedAt = Instant.now(clock);
        audit.changed("agency.update", "agency", slug, agency.name);
        return new Result(agency, errors);
    }

    private static final java.util.Map<String, String> LABELS = java.util.Map.of("name", "field_agency_name",
            "kind", "field_agency_kind", "contactName", "field_contact_name", "contactEmail", "field_contact_email",
            "contactPhone", "field_contact_phone");

    private static FieldErrors apply(AgencyForm form, Agency a) {
        FieldErrors e = new FieldErrors(field -> LABELS.getOrDefault(field, "field_" + field));
        SingleLine.check(form, e);
        a.name = text(form.name, "name", 300, true, e);
        a.kind = choice(AgencyKind.class, form.kind, "kind", true, e);
        a.jurisdiction = text(form.jurisdiction, "jurisdiction", 300, true, e);
        a.website = url(form.website, "website", false, e);
        a.contactName = text(form.contactName, "contactName", 300, false, e);
        a.contactEmail = text(form.contactEmail, "contactEmail", 320, false, e);
        if (a.contactEmail != null && !a.contactEmail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            e.add("contactEmail", "error_email");
        }
        a.contactPhone = text(form.contactPhone, "contactPhone", 50, false, e);
        return e;
    }
}
