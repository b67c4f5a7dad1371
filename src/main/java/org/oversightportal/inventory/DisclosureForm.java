package org.oversightportal.inventory;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.oversightportal.common.FormBinding;
import org.oversightportal.common.MultiLine;

/**
 * The disclosure as its form holds it: text only, exactly as typed, so a draft can be saved at any
 * stage and a failed submission shows the user their own input back. {@link DisclosureMapper}
 * turns it into a {@link Disclosure}, reporting each problem against its field.
 */
public class DisclosureForm {

    public String name;
    public String product;
    public String vendor;
    public String category;
    @MultiLine
    public String description;

    @MultiLine
    public String purpose;
    @MultiLine
    public String authorizedUses;
    @MultiLine
    public String prohibitedUses;
    @MultiLine
    public String benefits;
    @MultiLine
    public String legalAuthority;

    public List<String> capabilities = new ArrayList<>();
    @MultiLine
    public String otherCapabilities;

    @MultiLine
    public String dataTypes;
    @MultiLine
    public String dataMinimization;
    public List<DataSourceRow> dataSources = new ArrayList<>();
    public String retentionDays;
    public String retentionIndefinite;
    @MultiLine
    public String deletionPractice;
    @MultiLine
    public String accessControls;
    @MultiLine
    public String auditOfUse;
    @MultiLine
    public String publicAccess;

    public String hostingType;
    public String hostingProvider;
    public String hostingRegion;
    public String hostingCertifications;

    public List<PartnerRow> sharingPartners = new ArrayList<>();
    public List<LocationRow> deploymentLocations = new ArrayList<>();

    public String costInitial;
    public String costAnnual;
    public String costPersonnel;
    public String currency;
    public List<CostRow> costItems = new ArrayList<>();
    public List<FundingRow> fundingSources = new ArrayList<>();

    public String contractStart;
    public String contractRenewal;
    public String contractEnd;
    public String ndaStatus;
    public String ndaRequiresRecordsNotice;
    @MultiLine
    public String vendorObligations;

    @MultiLine
    public String civilLibertiesAssessment;
    @MultiLine
    public String trainingAndOversight;
    @MultiLine
    public String alternativesConsidered;

    public String lifecycleStatus;
    @MultiLine
    public String retiredReason;
    public String approvalBody;
    public String approvalDate;
    public String approvalLegislation;
    public String approvalVote;
    @MultiLine
    public String approvalConditions;

    public List<LinkRow> sourceLinks = new ArrayList<>();

    public static class DataSourceRow {
        public String name;
        public String recordCount;
        @MultiLine
        public String notes;
    }

    public static class PartnerRow {
        public String name;
        public String level;
        @MultiLine
        public String legalStandard;
        public String agreement;
    }

    public static class LocationRow {
        public String place;
        public String mountedOn;
        public String mobility;
        public String signage;
    }

    public static class CostRow {
        public String description;
        public String amountLow;
        public String amountHigh;
        public String period;
        public String incurredOn;
    }

    public static class FundingRow {
        public String kind;
        @MultiLine
        public String description;
        public String amount;
        public String grantor;
        public String applicationHelpedBy;
    }

    public static class LinkRow {
        public String title;
        public String url;
        public String publishedOn;
    }

    public boolean hasCapability(String code) {
        return capabilities != null && capabilities.contains(code);
    }

    /** Rows whose every field is empty carry nothing: the blank row the form always offers. */
    static boolean isBlankRow(Object row) {
        for (Field field : row.getClass().getFields()) {
            try {
                if (!FormBinding.isBlank((String) field.get(row))) {
                    return false;
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return true;
    }

    /** Drops blank rows, then adds one blank row to every list, for the next entry. */
    public DisclosureForm withBlankRows() {
        dataSources = withBlank(dataSources, new DataSourceRow());
        sharingPartners = withBlank(sharingPartners, new PartnerRow());
        deploymentLocations = withBlank(deploymentLocations, new LocationRow());
        costItems = withBlank(costItems, new CostRow());
        fundingSources = withBlank(fundingSources, new FundingRow());
        sourceLinks = withBlank(sourceLinks, new LinkRow());
        return this;
    }

    public DisclosureForm withoutBlankRows() {
        dataSources = nonBlank(dataSources);
        sharingPartners = nonBlank(sharingPartners);
        deploymentLocations = nonBlank(deploymentLocations);
        costItems = nonBlank(costItems);
        fundingSources = nonBlank(fundingSources);
        sourceLinks = nonBlank(sourceLinks);
        return this;
    }

    private static <R> List<R> nonBlank(List<R> rows) {
        List<R> kept = new ArrayList<>();
        if (rows != null) {
            for (R row : rows) {
                if (!isBlankRow(row)) {
                    kept.add(row);
                }
            }
        }
        return kept;
    }

    private static <R> List<R> withBlank(List<R> rows, R blank) {
        List<R> kept = nonBlank(rows);
        kept.add(blank);
        return kept;
    }
}
