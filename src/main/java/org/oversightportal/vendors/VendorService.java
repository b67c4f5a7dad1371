package org.oversightportal.vendors;

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
import org.oversightportal.common.SingleLine;
import org.oversightportal.common.FormBinding;
import org.oversightportal.common.Slugs;

/** Admins add vendors and record which company owns which. */
@ApplicationScoped
public class VendorService {

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public record Result(Vendor vendor, FieldErrors errors) {
    }

    @Transactional
    public Result create(VendorForm form) {
        FieldErrors errors = new FieldErrors(VendorService::label);
        SingleLine.check(form, errors);
        String name = text(form.name, "name", 300, true, errors);
        String website = url(form.website, "website", false, errors);
        Vendor parent = parent(form.parent, null, errors);
        String slug = FormBinding.isBlank(form.slug) ? Slugs.of(name == null ? "" : name) : form.slug.strip();
        if (!Slugs.isValid(slug)) {
            errors.add("slug", "error_slug");
        } else if (Vendor.findBySlug(slug).isPresent()) {
            errors.add("slug", "error_slug_taken");
        }
        if (!errors.isEmpty()) {
            return new Result(null, errors);
        }
        Vendor vendor = new Vendor();
        vendor.slug = slug;
        vendor.name = name;
        vendor.website = website;
        vendor.parent = parent;
        vendor.createdAt = Instant.now(clock);
        vendor.updatedAt = vendor.createdAt;
        vendor.persist();
        audit.changed("vendor.create", "vendor", slug, name);
        return new Result(vendor, errors);
    }

    @Transactional
    public Result update(String slug, VendorForm form) {
        Vendor vendor = Vendor.findBySlug(slug).orElseThrow(NotFoundException::new);
        FieldErrors errors = new FieldErrors(VendorService::label);
        SingleLine.check(form, errors);
        String name = text(form.name, "name", 300, true, errors);
        String website = url(form.website, "website", false, errors);
        Vendor parent = parent(form.parent, vendor, errors);
        if (!errors.isEmpty()) {
            return new Result(null, errors);
        }
        vendor.name = name;
        vendor.website = website;
        vendor.parent = parent;
        vendor.updatedAt = Instant.now(clock);
        audit.changed("vendor.update", "vendor", slug, name);
        return new Result(vendor, errors);
    }

    private static String label(String field) {
        return field.equals("name") ? "field_vendor_name" : "field_" + field;
    }

    /** The chosen parent company; a vendor cannot own itself, directly or through a subsidiary. */
    private static Vendor parent(String parentSlug, Vendor self, FieldErrors errors) {
        if (FormBinding.isBlank(parentSlug)) {
            return null;
        }
        Vendor parent = Vendor.findBySlug(parentSlug.strip()).orElse(null);
        if (parent == null) {
            errors.add("parent", "error_choose");
            return null;
        }
        if (self != null && Vendor.selfAndSubsidiaryIds(self.id).contains(parent.id)) {
            errors.add("parent", "error_parent_cycle");
            return null;
        }
        return parent;
    }
}
