package org.oversightportal.inventory;

import static org.oversightportal.common.Parse.checked;
import static org.oversightportal.common.Parse.choice;
import static org.oversightportal.common.Parse.date;
import static org.oversightportal.common.Parse.money;
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

        String name = text(form.name, "name", SHORT, true, e);
        String product = text(form.product, "product", SHORT, false, e);
        Vendor vendor = vendor(form.vendor, "vendor", e);
        Category category = choice(Category.class, form.category, "category", true, e);
        String description = text(form.description, "description", LONG, true, e);

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

        String dataTypes = text(form.dataTypes, "dataTypes", LONG, true, e);
        String dataMinimization = text(form.dataMinimization, "dataMinimization", LONG, false, e);
        List<DataSource> dataSources = new ArrayList<>();
        for (int i = 0; i < form.dataSources.size(); i++) {
            DataSourceRow r = form.dataSources.get(i);
            String p = "dataSources[" + i + "].";
            dataSources.add(new DataSource(text(r.name, p + "name", SHORT, true, e),
                    wholeNumber(r.recordCount, p + "recordCount", Long.MAX_VALUE / 2, e),
                    text(r.notes, p + "notes", LONG, false, e)));
        }
        boolean retentionIndefinite = checked(form.retentionIndefinite);
        Integer retentionDays = null;
        if (!retentionIndefinite) {
            if (FormBinding.isBlank(form.retentionDays)) {
                e.add("retentionDays", "error_retention");
            } else {
                Long days = wholeNumber(form.retentionDays, "retentionDays", MAX_RETENTION_DAYS, e);
                retentionDays = days == null ? null : days.intValue();
            }
        } else if (!FormBinding.isBlank(form.retentionDays)) {
            e.add("retentionDays", "error_retention_both");
        }
        String deletionPractice = text(form.deletionPractice, "deletionPractice", LONG, true, e);
        String accessControls = text(form.accessControls, "accessControls", LONG, true, e);
        String auditOfUse = text(form.auditOfUse, "auditOfUse", LONG, false, e);
        String publicAccess = text(form.publicAccess, "publicAccess", LONG, false, e);

        HostingType hostingType = choice(HostingType.class, form.hostingType, "hostingType", true, e);
        Vendor hostingProvider = vendor(form.hostingProvider, "hostingProvider", e);
        if (hostingType != null && hostingType != HostingType.ON_PREMISES && hostingProvider == null
                && !e.has("hostingProvider")) {
            e.add("hostingProvider", "error_hosting_provider");
        }
        String hostingRegion = text(form.hostingRegion, "hostingRegion", SHORT, false, e);
        String hostingCertifications = text(form.hostingCertifications, "hostingCertifications", SHORT, false, e);

        List<SharingPartner> partners = new ArrayList<>();
        for (int i = 0; i < form.sharingPartners.size(); i++) {
            PartnerRow r = form.sharingPartners.get(i);
            String p = "sharingPartners[" + i + "].";
            partners.add(new SharingPartner(text(r.name, p + "name", SHORT, true, e),
                    choice(SharingLevel.class, r.level, p + "level", true, e),
                    text(r.legalStandard, p + "legalStandard", LONG, false, e),
                    text(r.agreement, p + "agreement", SHORT, false, e)));
        }
        List<DeploymentLocation> locations = new ArrayList<>();
        for (int i = 0; i < form.deploymentLocations.size(); i++) {
            LocationRow r = form.deploymentLocations.get(i);
            String p = "deploymentLocations[" + i + "].";
            locations.add(new DeploymentLocation(text(r.place, p + "place", SHORT, true, e),
                    text(r.mountedOn, p + "mountedOn", SHORT, false, e),
                    choice(Mobility.class, r.mobility, p + "mobility", false, e),
                    text(r.signage, p + "signage", SHORT, false, e)));
        }

        BigDecimal costInitial = money(form.costInitial, "costInitial", true, e);
        BigDecimal costAnnual = money(form.costAnnual, "costAnnual", true, e);
        BigDecimal costPersonnel = money(form.costPersonnel, "costPersonnel", false, e);
        String currency = FormBinding.isBlank(form.currency) ? "USD" : form.currency.strip().toUpperCase(Locale.ROOT);
        if (!currency.matches("[A-Z]{3}")) {
            e.add("currency", "error_currency");
        }
        List<CostItem> costItems = new ArrayList<>();
        for (int i = 0; i < form.costItems.size(); i++) {
            CostRow r = form.costItems.get(i);
            String p = "costItems[" + i + "].";
            BigDecimal low = money(r.amountLow, p + "amountLow", true, e);
            BigDecimal high = money(r.amountHigh, p + "amountHigh", false, e);
            if (low != null && high != null && high.compareTo(low) < 0) {
                e.add(p + "amountHigh", "error_range_order");
            }
            costItems.add(new CostItem(text(r.description, p + "description", SHORT, true, e), low,
                    high == null ? low : high, choice(CostPeriod.class, r.period, p + "period", true, e),
                    date(r.incurredOn, p + "incurredOn", e)));
        }
        List<FundingSource> funding = new ArrayList<>();
        for (int i = 0; i < form.fundingSources.size(); i++) {
            FundingRow r = form.fundingSources.get(i);
            String p = "fundingSources[" + i + "].";
            FundingKind kind = choice(FundingKind.class, r.kind, p + "kind", true, e);
            String grantor = text(r.grantor, p + "grantor", SHORT, kind == FundingKind.GRANT, e);
            funding.add(new FundingSource(kind, text(r.description, p + "description", LONG, false, e),
                    money(r.amount, p + "amount", false, e), grantor,
                    text(r.applicationHelpedBy, p + "applicationHelpedBy", SHORT, false, e)));
        }
        if (funding.isEmpty()) {
            e.add("fundingSources[0].kind", "error_funding_required");
        }

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

        String civil = text(form.civilLibertiesAssessment, "civilLibertiesAssessment", LONG, true, e);
        String training = text(form.trainingAndOversight, "trainingAndOversight", LONG, false, e);
        String alternatives = text(form.alternativesConsidered, "alternativesConsidered", LONG, false, e);

        LifecycleStatus lifecycle = choice(LifecycleStatus.class, form.lifecycleStatus, "lifecycleStatus", true, e);
        String retiredReason = text(form.retiredReason, "retiredReason", LONG, lifecycle == LifecycleStatus.RETIRED, e);
        // The approval section is the agency's report of an approval by another body (a council ordinance, say).
        // Once the board has decided, the section is the board's, and what the form says there is not read.
        boolean boardOwned = d.approvalStatus != null && d.approvalStatus.ownedByBoard();
        String approvalBody = boardOwned ? null : text(form.approvalBody, "approvalBody", SHORT, false, e);
        LocalDate approvalDate = boardOwned ? null : date(form.approvalDate, "approvalDate", e);
        String approvalLegislation = boardOwned ? null
                : text(form.approvalLegislation, "approvalLegislation", SHORT, false, e);
        String approvalVote = boardOwned ? null : text(form.approvalVote, "approvalVote", SHORT, false, e);
        String approvalConditions = boardOwned ? null
                : text(form.approvalConditions, "approvalConditions", LONG, false, e);
        boolean reportsApproval = approvalBody != null || approvalDate != null || approvalLegislation != null
                || approvalVote != null || approvalConditions != null;
        if (reportsApproval && approvalBody == null && !e.has("approvalBody")) {
            e.add("approvalBody", "error_required");
        }

        List<SourceLink> links = new ArrayList<>();
        for (int i = 0; i < form.sourceLinks.size(); i++) {
            LinkRow r = form.sourceLinks.get(i);
            String p = "sourceLinks[" + i + "].";
            links.add(new SourceLink(text(r.title, p + "title", SHORT, true, e), url(r.url, p + "url", true, e),
                    date(r.publishedOn, p + "publishedOn", e)));
        }

        if (!e.isEmpty()) {
            return e;
        }
        d.name = name;
        d.product = product;
        d.vendor = vendor;
        d.category = category;
        d.description = description;
        d.purpose = purpose;
        d.authorizedUses = authorizedUses;
        d.prohibitedUses = prohibitedUses;
        d.benefits = benefits;
        d.legalAuthority = legalAuthority;
        d.setCapabilities(capabilities);
        d.otherCapabilities = otherCapabilities;
        d.dataTypes = dataTypes;
        d.dataMinimization = dataMinimization;
        d.dataSources = dataSources;
        d.retentionIndefinite = retentionIndefinite;
        d.retentionDays = retentionDays;
        d.deletionPractice = deletionPractice;
        d.accessControls = accessControls;
        d.auditOfUse = auditOfUse;
        d.publicAccess = publicAccess;
        d.hostingType = hostingType;
        d.hostingProvider = hostingProvider;
        d.hostingRegion = hostingRegion;
        d.hostingCertifications = hostingCertifications;
        d.sharingPartners = partners;
        d.deploymentLocations = locations;
        d.costInitial = costInitial;
        d.costAnnual = costAnnual;
        d.costPersonnel = costPersonnel;
        d.currency = currency;
        d.costItems = costItems;
        d.fundingSources = funding;
        d.contractStart = contractStart;
        d.contractRenewal = contractRenewal;
        d.contractEnd = contractEnd;
        d.ndaStatus = nda;
        d.ndaRequiresRecordsNotice = ndaNotice;
        d.vendorObligations = vendorObligations;
        d.civilLibertiesAssessment = civil;
        d.trainingAndOversight = training;
        d.alternativesConsidered = alternatives;
        d.lifecycleStatus = lifecycle;
        d.retiredReason = lifecycle == LifecycleStatus.RETIRED ? retiredReason : null;
        if (!boardOwned) {
            d.approvalStatus = reportsApproval ? ApprovalStatus.REPORTED_BY_AGENCY : ApprovalStatus.NOT_REVIEWED;
            d.approvalBody = approvalBody;
            d.approvalDate = approvalDate;
            d.approvalLegislation = approvalLegislation;
            d.approvalVote = approvalVote;
            d.approvalConditions = approvalConditions;
        }
        d.sourceLinks = links;
        return e;
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

    /** The record as a form, to start the next revision from what was last submitted. */
    public static DisclosureForm toForm(Disclosure d) {
        DisclosureForm f = new DisclosureForm();
        f.name = d.name;
        f.product = d.product;
        f.vendor = d.vendor == null ? null : d.vendor.slug;
        f.category = code(d.category);
        f.description = d.description;
        f.purpose = d.purpose;
        f.authorizedUses = d.authorizedUses;
        f.prohibitedUses = d.prohibitedUses;
        f.benefits = d.benefits;
        f.legalAuthority = d.legalAuthority;
        f.capabilities = new ArrayList<>(d.capabilities().stream().map(Capability::code).toList());
        f.otherCapabilities = d.otherCapabilities;
        f.dataTypes = d.dataTypes;
        f.dataMinimization = d.dataMinimization;
        for (DataSource s : d.dataSources) {
            DataSourceRow r = new DataSourceRow();
            r.name = s.name();
            r.recordCount = s.recordCount() == null ? null : s.recordCount().toString();
            r.notes = s.notes();
            f.dataSources.add(r);
        }
        f.retentionDays = d.retentionDays == null ? null : d.retentionDays.toString();
        f.retentionIndefinite = d.retentionIndefinite ? "true" : null;
        f.deletionPractice = d.deletionPractice;
        f.accessControls = d.accessControls;
        f.auditOfUse = d.auditOfUse;
        f.publicAccess = d.publicAccess;
        f.hostingType = code(d.hostingType);
        f.hostingProvider = d.hostingProvider == null ? null : d.hostingProvider.slug;
        f.hostingRegion = d.hostingRegion;
        f.hostingCertifications = d.hostingCertifications;
        for (SharingPartner s : d.sharingPartners) {
            PartnerRow r = new PartnerRow();
            r.name = s.name();
            r.level = code(s.level());
            r.legalStandard = s.legalStandard();
            r.agreement = s.agreement();
            f.sharingPartners.add(r);
        }
        for (DeploymentLocation l : d.deploymentLocations) {
            LocationRow r = new LocationRow();
            r.place = l.place();
            r.mountedOn = l.mountedOn();
            r.mobility = code(l.mobility());
            r.signage = l.signage();
            f.deploymentLocations.add(r);
        }
        f.costInitial = plain(d.costInitial);
        f.costAnnual = plain(d.costAnnual);
        f.costPersonnel = plain(d.costPersonnel);
        f.currency = d.currency;
        for (CostItem c : d.costItems) {
            CostRow r = new CostRow();
            r.description = c.description();
            r.amountLow = plain(c.amountLow());
            r.amountHigh = c.isRange() ? plain(c.amountHigh()) : null;
            r.period = code(c.period());
            r.incurredOn = c.incurredOn() == null ? null : c.incurredOn().toString();
            f.costItems.add(r);
        }
        for (FundingSource s : d.fundingSources) {
            FundingRow r = new FundingRow();
            r.kind = code(s.kind());
            r.description = s.description();
            r.amount = plain(s.amount());
            r.grantor = s.grantor();
            r.applicationHelpedBy = s.applicationHelpedBy();
            f.fundingSources.add(r);
        }
        f.contractStart = str(d.contractStart);
        f.contractRenewal = str(d.contractRenewal);
        f.contractEnd = str(d.contractEnd);
        f.ndaStatus = code(d.ndaStatus);
        f.ndaRequiresRecordsNotice = d.ndaRequiresRecordsNotice ? "true" : null;
        f.vendorObligations = d.vendorObligations;
        f.civilLibertiesAssessment = d.civilLibertiesAssessment;
        f.trainingAndOversight = d.trainingAndOversight;
        f.alternativesConsidered = d.alternativesConsidered;
        f.lifecycleStatus = code(d.lifecycleStatus);
        f.retiredReason = d.retiredReason;
        f.approvalBody = d.approvalBody;
        f.approvalDate = str(d.approvalDate);
        f.approvalLegislation = d.approvalLegislation;
        f.approvalVote = d.approvalVote;
        f.approvalConditions = d.approvalConditions;
        for (SourceLink s : d.sourceLinks) {
            LinkRow r = new LinkRow();
            r.title = s.title();
            r.url = s.url();
            r.publishedOn = str(s.publishedOn());
            f.sourceLinks.add(r);
        }
        return f;
    }

    private static String code(Labelled value) {
        return value == null ? null : value.code();
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static String str(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
