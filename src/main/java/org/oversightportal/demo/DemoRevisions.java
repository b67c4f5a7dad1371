package org.oversightportal.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.oversightportal.inventory.Disclosure;
import org.oversightportal.inventory.Parts.SharingPartner;
import org.oversightportal.inventory.SharingLevel;

/**
 * A second revision for one demo disclosure, in its own transaction (one Envers revision each),
 * so the demo shows a record with a history: the retention period lengthened and a partner added.
 */
@ApplicationScoped
public class DemoRevisions {

    @Inject
    Clock clock;

    @Transactional
    public void reviseHarborAlpr() {
        Disclosure.<Disclosure>find("slug", "harbor-city-police-automated-license-plate-readers").firstResultOptional()
                .ifPresent(d -> {
                    d.retentionDays = 365;
                    d.deletionPractice = "Deleted automatically by the vendor after 365 days unless attached to a case.";
                    List<SharingPartner> partners = new ArrayList<>(d.sharingPartners);
                    partners.add(new SharingPartner("State fusion center", SharingLevel.STATE,
                            "On request with a case number", "State data-sharing agreement"));
                    d.sharingPartners = partners;
                    d.revision = 2;
                    d.submittedAt = Instant.now(clock);
                    d.submittedBy = DemoData.DEMO_USER;
                });
    }
}
