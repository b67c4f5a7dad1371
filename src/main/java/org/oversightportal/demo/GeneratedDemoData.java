package org.oversightportal.demo;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.oversightportal.agencies.Agency;
import org.oversightportal.agencies.AgencyKind;
import org.oversightportal.inventory.ApprovalStatus;
import org.oversightportal.inventory.Capability;
import org.oversightportal.inventory.Category;
import org.oversightportal.inventory.Disclosure;
import org.oversightportal.inventory.FundingKind;
import org.oversightportal.inventory.HostingType;
import org.oversightportal.inventory.LifecycleStatus;
import org.oversightportal.inventory.NdaStatus;
import org.oversightportal.inventory.Parts.FundingSource;
import org.oversightportal.inventory.Parts.SharingPartner;
import org.oversightportal.inventory.SharingLevel;
import org.oversightportal.vendors.Vendor;

/**
 * Generated, clearly fictional agencies and technologies, enough for filters and pagination to
 * mean something. The sequence is seeded, so every run produces the same records.
 */
@ApplicationScoped
public class GeneratedDemoData {

    static final long SEED = 20261122L;
    static final String[] PLACES = { "Riverton", "Lakeside", "Cedar Falls", "Millbrook", "Fairview", "Oak Ridge",
            "Springdale", "Westport", "Brookfield", "Greenville", "Kingston", "Ashford" };
    static final String[] COMPANIES = { "Northwind Analytics", "Sentinel Vision", "Clearwater Systems",
            "Beacon Sensors", "Ironclad Forensics", "Skyward Drones", "Echo Audio Labs", "Pathfinder Location",
            "Cobalt Data", "Vantage Cameras" };

    public void load(Instant now, List<Vendor> realVendors) {
        Random random = new Random(SEED);
        List<Vendor> vendors = new ArrayList<>(realVendors);
        Vendor holding = DemoData.vendor("meridian-holdings", "Meridian Holdings (demo)", null, null, now);
        vendors.add(holding);
        for (int i = 0; i < COMPANIES.length; i++) {
            Vendor parent = i % 3 == 0 ? holding : null;
            vendors.add(DemoData.vendor(org.oversightportal.common.Slugs.of(COMPANIES[i]), COMPANIES[i] + " (demo)",
                    null, parent, now));
        }
        Vendor aws = realVendors.get(0);
        Vendor microsoft = DemoData.vendor("microsoft-azure", "Microsoft Azure", "https://azure.microsoft.com", null,
                now);
        Vendor google = DemoData.vendor("google-cloud", "Google Cloud", "https://cloud.google.com", null, now);
        Vendor[] clouds = { aws, aws, microsoft, google };

        List<Agency> agencies = agencies(random, now);

        Category[] categories = Category.values();
        LifecycleStatus[] statuses = LifecycleStatus.values();
        for (int i = 0; i < 240; i++) {
            Agency agency = agencies.get(random.nextInt(agencies.size()));
            Category category = categories[random.nextInt(categories.length)];
            Vendor vendor = vendors.get(random.nextInt(vendors.size()));
            Disclosure d = DemoData.base(agency, categoryName(category) + " " + (i + 1), category,
                    now.minusSeconds(3600L * (240 - i)));
            fill(d, i, vendor, category, clouds, statuses, random);
        }
    }

    /** One generated record's fields, drawn from {@code random} in a fixed order (the same seed, the same rows). */
    private static void fill(Disclosure d, int i, Vendor vendor, Category category, Vendor[] clouds,
            LifecycleStatus[] statuses, Random random) {
        d.product = vendor.name.replace(" (demo)", "") + " " + (char) ('A' + random.nextInt(6)) + (100 + i);
        d.vendor = vendor;
        d.description = "Generated demo record. " + categoryName(category)
                + " used by the agency; the text is filler so that search and layout can be tried.";
        d.purpose = "Generated purpose for " + categoryName(category).toLowerCase() + ".";
        d.authorizedUses = "Uses connected to an open case.";
        d.prohibitedUses = "Uses without a case number; immigration enforcement.";
        EnumSet<Capability> caps = EnumSet.noneOf(Capability.class);
        for (Capability c : Capability.values()) {
            if (random.nextInt(5) == 0) {
                caps.add(c);
            }
        }
        d.setCapabilities(caps);
        d.dataTypes = "Generated description of the data collected.";
        if (random.nextInt(6) == 0) {
            d.retentionIndefinite = true;
        } else {
            d.retentionDays = new int[] { 30, 90, 180, 365, 730 }[random.nextInt(5)];
        }
        d.deletionPractice = "Automatic deletion at the end of the retention period.";
        d.accessControls = "Individual accounts; searches are logged.";
        HostingType hosting = HostingType.values()[random.nextInt(3)];
        d.hostingType = hosting;
        d.hostingProvider = switch (hosting) {
            case ON_PREMISES -> null;
            case VENDOR_CLOUD -> vendor;
            case PUBLIC_CLOUD -> clouds[random.nextInt(clouds.length)];
        };
        if (random.nextBoolean()) {
            d.sharingPartners = List.of(new SharingPartner("Regional partner agencies",
                    SharingLevel.values()[random.nextInt(3)], "Written request with a case number", null));
        }
        d.costInitial = BigDecimal.valueOf(random.nextInt(200) * 500L);
        d.costAnnual = BigDecimal.valueOf(random.nextInt(100) * 1000L);
        d.fundingSources = List.of(random.nextInt(4) == 0
                ? new FundingSource(FundingKind.GRANT, "Generated grant", d.costInitial, "State public-safety grant",
                        null)
                : new FundingSource(FundingKind.BUDGET, "Operating budget", d.costAnnual, null, null));
        int nda = random.nextInt(10);
        d.ndaStatus = nda < 6 ? NdaStatus.NONE : nda < 8 ? NdaStatus.SIGNED_PUBLISHED : NdaStatus.SIGNED_WITHHELD;
        d.civilLibertiesAssessment = "Generated assessment text.";
        d.lifecycleStatus = statuses[random.nextInt(statuses.length)];
        if (d.lifecycleStatus == LifecycleStatus.RETIRED) {
            d.retiredReason = "Contract not renewed.";
        }
        if (random.nextBoolean()) {
            d.approvalStatus = ApprovalStatus.APPROVED;
            d.approvalBody = "City Council";
            d.approvalDate = LocalDate.of(2023 + random.nextInt(3), 1 + random.nextInt(12), 1 + random.nextInt(28));
        }
        d.persist();
    }

    /** A police department and one other agency in each place. */
    private static List<Agency> agencies(Random random, Instant now) {
        AgencyKind[] kinds = AgencyKind.values();
        List<Agency> agencies = new ArrayList<>();
        for (String place : PLACES) {
            agencies.add(DemoData.agency(org.oversightportal.common.Slugs.of(place + " police"),
                    place + " Police Department (demo)", AgencyKind.POLICE, place + " (demo jurisdiction)", now));
            AgencyKind other = kinds[1 + random.nextInt(kinds.length - 1)];
            String label = switch (other) {
                case SHERIFF -> "Sheriff's Office";
                case SCHOOL_DISTRICT -> "Unified School District";
                case TRANSIT -> "Transit Authority";
                case JAIL_CORRECTIONS -> "Detention Center";
                case PUBLIC_HEALTH -> "Public Health Department";
                case HOUSING -> "Housing Authority";
                case PARKS -> "Parks and Recreation";
                default -> "Public Works";
            };
            agencies.add(DemoData.agency(org.oversightportal.common.Slugs.of(place + " " + label),
                    place + " " + label + " (demo)", other, place + " (demo jurisdiction)", now));
        }
        return agencies;
    }

    private static String categoryName(Category category) {
        String words = category.name().toLowerCase().replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
