package org.oversightportal.inventory;

import static org.oversightportal.common.Parse.checked;
import static org.oversightportal.common.Parse.choice;
import static org.oversightportal.common.Parse.date;
import static org.oversightportal.common.Parse.money;
import static org.oversightportal.common.Parse.rows;
import static org.oversightportal.common.Parse.text;
import static org.oversightportal.common.Parse.url;
import static org.oversightportal.common.Parse.wholeNumber;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.oversightportal.common.FieldErrors;
import org.oversightportal.common.FormBinding;
import org.oversightportal.common.Labelled;
import org.oversightportal.common.SingleLine;
import org.oversightportal.inventory.DisclosureForm.CostRow;
import org.oversightportal.inventory.DisclosureForm.DataSourceRow;
import org.oversightportal.inventory.DisclosureForm.FundingRow;
import org.oversightportal.inventory.DisclosureForm.LinkRow;
import org.oversightportal.inventory.DisclosureForm.LocationRow;
import org.oversightportal.inventory.DisclosureForm.PartnerRow;
import org.oversightportal.inventory.Parts.CostItem;
import org.oversightportal.inventory.Parts.DataSource;
import org.oversightportal.inventory.Parts.DeploymentLocation;
import org.oversightportal.inventory.Parts.FundingSource;
import org.oversightportal.inventory.Parts.SharingPartner;
import org.oversightportal.inventory.Parts.SourceLink;
import org.oversightportal.vendors.Vendor;

/**
 * Moves a disclosure between its form (text as typed) and its record (typed values), enforcing
 * what an ordinance requires of a complete disclosure. The rules here are the ones the
 * 150-page PDFs break: blank cost tables, retention left open, hosting or sharing unnamed.
 */
public final class DisclosureMapper {

    static final int SHORT = 300;
    static final int LONG = 20_000;
    /** Longest retention we accept as a number of days (100 years); beyond that, say "indefinite". */
    static final long MAX_RETENTION_DAYS = 36_500;

    private DisclosureMapper() {
    }

    /** Copies a valid form onto the record; returns the problems found (nothing is copied if any). */
    public static FieldErrors apply(DisclosureForm form, Disclosure d) {
        FieldErrors e = new FieldErrors(DisclosureLabels.LABELS);
        form.withoutBlankRows();
        SingleLine.check(form, e);
        // One method per section of the form, in the form's order (so are the problems): each checks its fields
        // and returns what it would write, which is written only when the whole form is valid.
        List<Consumer<Disclosure>> writes = List.of(technology(form, e), use(form, e), data(form, e),
                hosting(form, e), sharing(form, e), costs(form, e), contract(form, e), assessment(form, e),
                approval(form, d, e), sources(form, e));
        if (e.isEmpty()) {
            writes.forEach(write -> write.accept(d));
        }
        return e;
    }

    private static Consumer<Disclosure> technology(DisclosureForm form, FieldErrors e) {
        String name = text(form.name, "name", SHORT, true, e);
        String product = text(form.product, "product", SHORT, false, e);
        Vendor vendor = vendor(form.vendor, "vendor", e);
        Category category = choice(Category.class, form.category, "category", true, e);
        String description = text(form.description, "description", LONG, true, e);
        return d -> {
            d.name = name;
            d.product = product;
            d.vendor = vendor;
            d.category = category;
            d.description = description;
        };
    }

    private static Consumer<Disclosure> use(DisclosureForm form, FieldErrors e) {
        String purpose = text(form.purpose, "purpose", LONG, true, e);
        String authorizedUses = text(form.authorizedUses, "authorizedUses", LONG, true, e);
        String prohibitedUses = text(form.prohibitedUses, "prohibitedUses", LONG, true, e);
        String benefits = text(form.benefits, "benefits", LONG, false, e);
        String legalAuthority = text(form.legalAuthority, "legalAuthority", LONG, false, e);
        Set<Capability> capabilities = EnumSet.noneOf(Capability.class);
        for (String code : form.capabilities == null ? List.<String>of() : form.capabilities) {
            Capability c = Labelled.fromCode(Capability.class, code);
            if (c == null) {
                e.add("capabilities", "error_choose");
            } else {
                capabilities.add(c);
            }
        }
        String otherCapabilities = text(form.otherCapabilities, "otherCapabilities", LONG, false, e);
        return d -> {
            d.purpose = purpose;
            d.authorizedUses = authorizedUses;
            d.prohibitedUses = prohibitedUses;
            d.benefits = benefits;
            d.legalAuthority = legalAuthority;
            d.setCapabilities(capabilities);
            d.otherCapabilities = otherCapabilities;
        };
    }

    private static Consumer<Disclosure> data(DisclosureForm form, FieldErrors e) {
        String dataTypes = text(form.dataTypes, "dataTypes", LONG, true, e);
        String dataMinimization = text(form.dataMinimization, "dataMinimization", LONG, false, e);
        List<DataSource> dataSources = rows(form.dataSources, "dataSources", (r, p) -> new DataSource(
                text(r.name, p + "name", SHORT, true, e), wholeNumber(r.recordCount, p + "recordCount",
                        Long.MAX_VALUE / 2, e), text(r.notes, p + "notes", LONG, false, e)));
        boolean retentionIndefinite = checked(form.retentionIndefinite);
        Integer retentionDays = retentionDays(form, retentionIndefinite, e);
        String deletionPractice = text(form.deletionPractice, "deletionPractice", LONG, true, e);
        String accessControls = text(form.accessControls, "accessControls", LONG, true, e);
        String auditOfUse = text(form.auditOfUse, "auditOfUse", LONG, false, e);
        String publicAccess = text(form.publicAccess, "publicAccess", LONG, false, e);
        return d -> {
            d.dataTypes = dataTypes;
            d.dataMinimization = dataMinimization;
            d.dataSources = dataSources;
            d.retentionIndefinite = retentionIndefinite;
            d.retentionDays = retentionDays;
            d.deletionPractice = deletionPractice;
            d.accessControls = accessControls;
            d.auditOfUse = auditOfUse;
            d.publicAccess = publicAccess;
        };
    }

    private static Integer retentionDays(DisclosureForm form, boolean indefinite, FieldErrors e) {
        if (indefinite) {
            if (!FormBinding.isBlank(form.retentionDays)) {
                e.add("retentionDays", "error_retention_both");
            }
            return null;
        }
        if (FormBinding.isBlank(form.retentionDays)) {
            e.add("retentionDays", "error_retention");
            return null;
        }
        Long days = wholeNumber(form.retentionDays, "retentionDays", MAX_RETENTION_DAYS, e);
        return days == null ? null : days.intValue();
    }

    private static Consumer<Disclosure> hosting(DisclosureForm form, FieldErrors e) {
        HostingType hostingType = choice(HostingType.class, form.hostingType, "hostingType", true, e);
        Vendor hostingProvider = vendor(form.hostingProvider, "hostingProvider", e);
        if (hostingType != null && hostingType != HostingType.ON_PREMISES && hostingProvider == null
                && !e.has("hostingProvider")) {
            e.add("hostingProvider", "error_hosting_provider");
        }
        String hostingRegion = text(form.hostingRegion, "hostingRegion", SHORT, false, e);
        String hostingCertifications = text(form.hostingCertifications, "hostingCertifications", SHORT, false, e);
        return d -> {
            d.hostingType = hostingType;
            d.hostingProvider = hostingProvider;
            d.hostingRegion = hostingRegion;
            d.hostingCertifications = hostingCertifications;
        };
    }

    private static Consumer<Disclosure> sharing(DisclosureForm form, FieldErrors e) {
        List<SharingPartner> partners = rows(form.sharingPartners, "sharingPartners", (r, p) -> new SharingPartner(
                text(r.name, p + "name", SHORT, true, e), choice(SharingLevel.class, r.level, p + "level", true, e),
                text(r.legalStandard, p + "legalStandard", LONG, false, e),
                text(r.agreement, p + "agreement", SHORT, false, e)));
        List<DeploymentLocation> locations = rows(form.deploymentLocations, "deploymentLocations",
                (r, p) -> new DeploymentLocation(text(r.place, p + "place", SHORT, true, e),
                        text(r.mountedOn, p + "mountedOn", SHORT, false, e),
                        choice(Mobility.class, r.mobility, p + "mobility", false, e),
                        text(r.signage, p + "signage", SHORT, false, e)));
        return d -> {
            d.sharingPartners = partners;
            d.deploymentLocations = locations;
        };
    }

    private static Consumer<Disclosure> costs(DisclosureForm form, FieldErrors e) {
        BigDecimal costInitial = money(form.costInitial, "costInitial", true, e);
        BigDecimal costAnnual = money(form.costAnnual, "costAnnual", true, e);
        BigDecimal costPersonnel = money(form.costPersonnel, "costPersonnel", false, e);
        String currency = FormBinding.isBlank(form.currency) ? "USD" : form.currency.strip().toUpperCase(Locale.ROOT);
        if (!currency.matches("[A-Z]{3}")) {
            e.add("currency", "error_currency");
        }
        List<CostItem> costItems = rows(form.costItems, "costItems", (r, p) -> costItem(r, p, e));
        List<FundingSource> funding = rows(form.fundingSources, "fundingSources", (r, p) -> {
            FundingKind kind = choice(FundingKind.class, r.kind, p + "kind", true, e);
            String grantor = text(r.grantor, p + "grantor", SHORT, kind == FundingKind.GRANT, e);
            return new FundingSource(kind, text(r.description, p + "description", LONG, false, e),
                    money(r.amount, p + "amount", false, e), grantor,
                    text(r.applicationHelpedBy, p + "applicationHelpedBy", SHORT, false, e));
        });
        if (funding.isEmpty()) {
            e.add("fundingSources[0].kind", "error_funding_required");
        }
        return d -> {
            d.costInitial = costInitial;
            d.costAnnual = costAnnual;
            d.costPersonnel = costPersonnel;
            d.currency = currency;
            d.costItems = costItems;
            d.fundingSources = funding;
        };
    }

    private static CostItem costItem(CostRow r, String p, FieldErrors e) {
        BigDecimal low = money(r.amountLow, p + "amountLow", true, e);
        BigDecimal high = money(r.amountHigh, p + "amountHigh", false, e);
        if (low != null && high != null && high.compareTo(low) < 0) {
            e.add(p + "amountHigh", "error_range_order");
        }
        return new CostItem(text(r.description, p + "description", SHORT, true, e), low, high == null ? low : high,
                choice(CostPeriod.class, r.period, p + "period", true, e), date(r.incurredOn, p + "incurredOn", e));
    }

    private static Consumer<Disclosure> contract(DisclosureForm form, FieldErrors e) {
        LocalDate contractStart = date(form.contractStart, "contractStart", e);
        LocalDate contractRenewal = date(form.contractRenewal, "contractRenewal", e);
        LocalDate contractEnd = date(form.contractEnd, "contractEnd", e);
        if (contractStart != null && contractEnd != null && contractEnd.isBefore(contractStart)) {
            e.add("contractEnd", "error_contract_end");
        }
        NdaStatus nda = choice(NdaStatus.class, form.ndaStatus, "ndaStatus", true, e);
        boolean ndaNotice = checked(form.ndaRequiresRecordsNotice);
        if (ndaNotice && nda == NdaStatus.NONE) {
            e.add("ndaRequiresRecordsNotice", "error_nda_notice_without_nda");
        }
        String vendorObligations = text(form.vendorObligations, "vendorObligations", LONG, false, e);
        return d -> {
            d.contractStart = contractStart;
            d.contractRenewal = contractRenewal;
            d.contractEnd = contractEnd;
            d.ndaStatus = nda;
            d.ndaRequiresRecordsNotice = ndaNotice;
            d.vendorObligations = vendorObligations;
        };
    }

    private static Consumer<Disclosure> assessment(DisclosureForm form, FieldErrors e) {
        String civil = text(form.civilLibertiesAssessment, "civilLibertiesAssessment", LONG, true, e);
        String training = text(form.trainingAndOversight, "trainingAndOversight", LONG, false, e);
        String alternatives = text(form.alternativesConsidered, "alternativesConsidered", LONG, false, e);
        LifecycleStatus lifecycle = choice(LifecycleStatus.class, form.lifecycleStatus, "lifecycleStatus", true, e);
        String retiredReason = text(form.retiredReason, "retiredReason", LONG, lifecycle == LifecycleStatus.RETIRED, e);
        return d -> {
            d.civilLibertiesAssessment = civil;
            d.trainingAndOversight = training;
            d.alternativesConsidered = alternatives;
            d.lifecycleStatus = lifecycle;
            d.retiredReason = lifecycle == LifecycleStatus.RETIRED ? retiredReason : null;
        };
    }

    /**
     * The approval section is the agency's report of an approval by another body (a council ordinance, say). Once
     * the board has decided, the section is the board's, and what the form says there is not read.
     */
    private static Consumer<Disclosure> approval(DisclosureForm form, Disclosure current, FieldErrors e) {
        if (current.approvalStatus != null && current.approvalStatus.ownedByBoard()) {
            return d -> {
            };
        }
        String approvalBody = text(form.approvalBody, "approvalBody", SHORT, false, e);
        LocalDate approvalDate = date(form.approvalDate, "approvalDate", e);
        String approvalLegislation = text(form.approvalLegislation, "approvalLegislation", SHORT, false, e);
        String approvalVote = text(form.approvalVote, "approvalVote", SHORT, false, e);
        String approvalConditions = text(form.approvalConditions, "approvalConditions", LONG, false, e);
        boolean reportsApproval = approvalBody != null || approvalDate != null || approvalLegislation != null
                || approvalVote != null || approvalConditions != null;
        if (reportsApproval && approvalBody == null && !e.has("approvalBody")) {
            e.add("approvalBody", "error_required");
        }
        return d -> {
            d.approvalStatus = reportsApproval ? ApprovalStatus.REPORTED_BY_AGENCY : ApprovalStatus.NOT_REVIEWED;
            d.approvalBody = approvalBody;
            d.approvalDate = approvalDate;
            d.approvalLegislation = approvalLegislation;
            d.approvalVote = approvalVote;
            d.approvalConditions = approvalConditions;
        };
    }

    private static Consumer<Disclosure> sources(DisclosureForm form, FieldErrors e) {
        List<SourceLink> links = rows(form.sourceLinks, "sourceLinks", (r, p) -> new SourceLink(
                text(r.title, p + "title", SHORT, true, e), url(r.url, p + "url", true, e),
                date(r.publishedOn, p + "publishedOn", e)));
        return d -> d.sourceLinks = links;
    }

    private static Vendor vendor(String slug, String field, FieldErrors e) {
        if (FormBinding.isBlank(slug)) {
            return null;
        }
        return Vendor.findBySlug(slug.strip()).orElseGet(() -> {
            e.add(field, "error_choose");
            return null;
        });
    }
}
