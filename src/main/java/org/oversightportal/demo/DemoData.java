package org.oversightportal.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Event;
import org.oversightportal.common.RecordChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jboss.logging.Logger;
import org.oversightportal.agencies.Agency;
import org.oversightportal.agencies.AgencyKind;
import org.oversightportal.common.PortalConfig;
import org.oversightportal.inventory.ApprovalStatus;
import org.oversightportal.inventory.Capability;
import org.oversightportal.inventory.Category;
import org.oversightportal.inventory.CostPeriod;
import org.oversightportal.inventory.Disclosure;
import org.oversightportal.inventory.FundingKind;
import org.oversightportal.inventory.HostingType;
import org.oversightportal.inventory.LifecycleStatus;
import org.oversightportal.inventory.Mobility;
import org.oversightportal.inventory.NdaStatus;
import org.oversightportal.inventory.Parts.CostItem;
import org.oversightportal.inventory.Parts.DataSource;
import org.oversightportal.inventory.Parts.DeploymentLocation;
import org.oversightportal.inventory.Parts.FundingSource;
import org.oversightportal.inventory.Parts.SharingPartner;
import org.oversightportal.inventory.Parts.SourceLink;
import org.oversightportal.inventory.SharingLevel;
import org.oversightportal.vendors.Vendor;

/**
 * The demo data: the real cases of shared/reference/cases.md, recorded as faithfully as the
 * press reported them (what was not reported is left "not stated"), plus generated agencies and
 * technologies so that filters and pagination have something to work on. Loading is idempotent:
 * it does nothing when the first demo agency already exists.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    public static final String MARKER_AGENCY = "washington-county-sheriff";
    static final String DEMO_USER = "demo-data";

    @Inject
    PortalConfig config;

    @Inject
    Clock clock;

    @Inject
    GeneratedDemoData generated;

    @Inject
    DemoRevisions revisions;

    @Inject
    DemoComments comments;

    @Inject
    DemoOversight oversight;

    @Inject
    Event<RecordChanged> changes;

    void onStart(@Observes StartupEvent event) {
        if (config.demoData()) {
            if (load()) {
                revisions.reviseHarborAlpr();
                comments.load(Instant.now(clock));
                oversight.load(Instant.now(clock));
                // Loaded without an audit entry per record: one event says every page may have changed.
                changes.fire(new RecordChanged("demo", null, "demo.load"));
            }
        }
    }

    /** Loads the demo data unless it is there already; true if it loaded it now. */
    @Transactional
    public boolean load() {
        if (Agency.findBySlug(MARKER_AGENCY).isPresent()) {
            return false;
        }
        Instant now = Instant.now(clock);
        Agency washington = agency(MARKER_AGENCY, "Washington County Sheriff's Office", AgencyKind.SHERIFF,
                "Washington County, Oregon", now);
        Agency orlando = agency("orlando-police", "Orlando Police Department", AgencyKind.POLICE,
                "City of Orlando, Florida", now);
        Agency sanDiego = agency("san-diego-county-sheriff", "San Diego County Sheriff's Department",
                AgencyKind.SHERIFF, "San Diego County, California", now);
        Agency harborPolice = agency("harbor-city-police", "Harbor City Police Department", AgencyKind.POLICE,
                "Harbor City (demo jurisdiction)", now);
        Agency harborSchools = agency("harbor-county-schools", "Harbor County School District",
                AgencyKind.SCHOOL_DISTRICT, "Harbor County (demo jurisdiction)", now);
        Agency harborJail = agency("harbor-county-corrections", "Harbor County Department of Corrections",
                AgencyKind.JAIL_CORRECTIONS, "Harbor County (demo jurisdiction)", now);

        Vendor aws = vendor("amazon-web-services", "Amazon Web Services", "https://aws.amazon.com", null, now);
        Vendor flock = vendor("flock-safety", "Flock Safety", "https://www.flocksafety.com", null, now);
        Vendor lucidus = vendor("lucidus-tech", "Lucidus Tech", null, flock, now);
        Vendor zeroEyes = vendor("zeroeyes", "ZeroEyes", "https://zeroeyes.com", null, now);
        Vendor c3 = vendor("c3-ai", "C3 AI", "https://c3.ai", null, now);
        Vendor veritone = vendor("veritone", "Veritone", "https://www.veritone.com", null, now);
        Vendor leo = vendor("leo-technologies", "Leo Technologies", null, null, now);

        Disclosure rekognition = DemoCases.rekognition(washington, aws, now);
        Disclosure orlandoPilot = DemoCases.orlandoPilot(orlando, aws, now);
        Disclosure jailTool = DemoCases.jailTool(sanDiego, aws, lucidus, now);
        Disclosure weapons = DemoCases.weapons(harborSchools, aws, zeroEyes, now);
        Disclosure rtcc = DemoCases.rtcc(harborPolice, aws, c3, now);
        Disclosure tracking = DemoCases.tracking(harborPolice, aws, veritone, now);
        Disclosure calls = DemoCases.calls(harborJail, aws, leo, now);
        Disclosure alpr = DemoCases.alpr(harborPolice, aws, flock, now);

        period(rekognition, now.minus(java.time.Duration.ofDays(5)), now.plus(java.time.Duration.ofDays(25)));
        period(orlandoPilot, now.minus(java.time.Duration.ofDays(20)), now.plus(java.time.Duration.ofDays(10)));
        period(weapons, now.minus(java.time.Duration.ofDays(2)), now.plus(java.time.Duration.ofDays(43)));
        period(alpr, now.minus(java.time.Duration.ofDays(400)), now.minus(java.time.Duration.ofDays(370)));
        generated.load(now, List.of(aws, flock, zeroEyes, c3, veritone, leo, lucidus));
        LOG.info("Demo data loaded");
        return true;
    }

    static void period(Disclosure disclosure, Instant opens, Instant closes) {
        org.oversightportal.comments.CommentPeriod p = new org.oversightportal.comments.CommentPeriod();
        p.disclosure = disclosure;
        p.opensAt = opens;
        p.closesAt = closes;
        p.createdBy = DEMO_USER;
        p.createdAt = opens;
        p.updatedAt = opens;
        p.persist();
    }

    static Agency agency(String slug, String name, AgencyKind kind, String jurisdiction, Instant now) {
        Agency a = new Agency();
        a.slug = slug;
        a.name = name;
        a.kind = kind;
        a.jurisdiction = jurisdiction;
        a.createdAt = now;
        a.updatedAt = now;
        a.persist();
        return a;
    }

    static Vendor vendor(String slug, String name, String website, Vendor parent, Instant now) {
        Vendor v = new Vendor();
        v.slug = slug;
        v.name = name;
        v.website = website;
        v.parent = parent;
        v.createdAt = now;
        v.updatedAt = now;
        v.persist();
        return v;
    }

    /** A disclosure with its bookkeeping filled in (submitted once, by the demo loader); also used by tests. */
    public static Disclosure base(Agency agency, String name, Category category, Instant now) {
        Disclosure d = new Disclosure();
        d.agency = agency;
        d.name = name;
        d.category = category;
        d.slug = org.oversightportal.common.Slugs.of(agency.slug + " " + name);
        d.revision = 1;
        d.firstSubmittedAt = now;
        d.submittedAt = now;
        d.submittedBy = DEMO_USER;
        return d;
    }
}
