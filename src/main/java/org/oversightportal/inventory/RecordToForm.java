package org.oversightportal.inventory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import org.oversightportal.common.Labelled;
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

/** A submitted record as the form that would submit it: the start of its next revision, and the redline's input. */
public final class RecordToForm {

    private RecordToForm() {
    }

    /** The record as a form, to start the next revision from what was last submitted. */
    public static DisclosureForm toForm(Disclosure d) {
        DisclosureForm f = new DisclosureForm();
        technologyAndUse(d, f);
        dataAndHosting(d, f);
        sharing(d, f);
        costs(d, f);
        contractAndAssessment(d, f);
        return f;
    }

    private static void technologyAndUse(Disclosure d, DisclosureForm f) {
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
    }

    private static void dataAndHosting(Disclosure d, DisclosureForm f) {
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
    }

    private static void sharing(Disclosure d, DisclosureForm f) {
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
    }

    private static void costs(Disclosure d, DisclosureForm f) {
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
    }

    private static void contractAndAssessment(Disclosure d, DisclosureForm f) {
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
