package org.oversightportal.inventory;

import java.util.List;

/** One page of the inventory, the total for the view, and the cursor of the next page (or null). */
public record InventoryPage(List<InventoryRow> rows, long total, String nextCursor, boolean cursorRejected) {
}
