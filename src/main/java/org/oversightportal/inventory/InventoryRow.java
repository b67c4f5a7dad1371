package org.oversightportal.inventory;

import java.time.Instant;
import org.oversightportal.agencies.AgencyKind;

/** One line of the inventory: what the list shows, read in one query with no entity graph. */
public record InventoryRow(long id, String slug, String name, String product, Category category,
        String agencySlug, String agencyName, AgencyKind agencyKind, String vendorSlug, String vendorName,
        HostingType hostingType, String hostingProviderName, NdaStatus ndaStatus, LifecycleStatus lifecycleStatus,
        ApprovalStatus approvalStatus, Instant submittedAt) {

    public boolean inUseWithoutApproval() {
        boolean inUse = lifecycleStatus == LifecycleStatus.IN_USE || lifecycleStatus == LifecycleStatus.PILOT;
        return inUse && approvalStatus != ApprovalStatus.APPROVED
                && approvalStatus != ApprovalStatus.APPROVED_WITH_CONDITIONS;
    }
}
