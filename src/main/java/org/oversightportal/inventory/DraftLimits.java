package org.oversightportal.inventory;

import java.util.List;
import org.oversightportal.common.FieldErrors;
import org.oversightportal.common.FormBinding;

/** What a disclosure draft must keep to, to be saved at all, from the form or the API. */
public final class DraftLimits {

    private DraftLimits() {
    }

    /**
     * The limits a draft must keep to be saved at all (security review finding 13): no text over its field's
     * length and no list over {@link FormBinding#MAX_ROWS} rows. Completeness waits for submission; these hold for
     * every save, from the form and from the API alike, so a draft cannot grow without bound.
     */
    public static FieldErrors of(DisclosureForm form) {
        FieldErrors e = new FieldErrors(DisclosureLabels.LABELS);
        rows(form.dataSources, "dataSources", "name", e);
        rows(form.sharingPartners, "sharingPartners", "name", e);
        rows(form.deploymentLocations, "deploymentLocations", "place", e);
        rows(form.costItems, "costItems", "description", e);
        rows(form.fundingSources, "fundingSources", "kind", e);
        rows(form.sourceLinks, "sourceLinks", "title", e);
        if (form.capabilities != null && form.capabilities.size() > Capability.values().length) {
            e.add("capabilities", "error_choose");
        }
        if (!e.isEmpty()) {
            return e;
        }
        FieldErrors all = DisclosureMapper.apply(form, new Disclosure());
        for (FieldErrors.FieldError problem : all.all()) {
            if ("error_too_long".equals(problem.key())) {
                e.add(problem.field(), problem.key(), problem.arg());
            }
        }
        return e;
    }

    private static void rows(List<?> rows, String list, String firstField, FieldErrors e) {
        if (rows != null && rows.size() > FormBinding.MAX_ROWS) {
            e.add(list + "[" + FormBinding.MAX_ROWS + "]." + firstField, TOO_MANY_ROWS, FormBinding.MAX_ROWS);
        }
    }

    /** The error of a list with more rows than a form may have (its text is in the gen bundle). */
    public static final String TOO_MANY_ROWS = "error_too_many_rows";

}
