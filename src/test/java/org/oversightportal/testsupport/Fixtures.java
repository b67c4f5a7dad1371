package org.oversightportal.testsupport;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;
import org.oversightportal.agencies.Agency;
import org.oversightportal.inventory.DisclosureDraft;
import org.oversightportal.inventory.DisclosureForm;

/** Records the tests set up directly in the database, in their own transaction. */
public final class Fixtures {

    private Fixtures() {
    }

    /** A draft of the named agency, as its staff member {@code by} would have saved it; returns its id. */
    public static long draft(String agencySlug, String name, String by) {
        return QuarkusTransaction.requiringNew().call(() -> {
            DisclosureDraft draft = new DisclosureDraft();
            draft.agency = Agency.findBySlug(agencySlug).orElseThrow();
            draft.form = new DisclosureForm();
            draft.form.name = name;
            draft.createdBy = by;
            draft.updatedBy = by;
            draft.createdAt = Instant.now();
            draft.updatedAt = Instant.now();
            draft.persist();
            return draft.id;
        });
    }
}
