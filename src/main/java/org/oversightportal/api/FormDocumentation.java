package org.oversightportal.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import org.oversightportal.common.MessageFiles;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.oversightportal.inventory.DisclosureLabels;

/**
 * Describes the disclosure form's fields in the OpenAPI document with the very labels the web form
 * shows (the inventory's field label bundles), so the API and the form can never explain a field differently.
 * Runs when the document is built.
 */
public class FormDocumentation implements OASFilter {

    /** Schema descriptions. */
    static final Map<String, String> SCHEMAS = Map.of(
            "DisclosureForm", "A disclosure's fields as the web form has them: text as typed (numbers and dates too), "
                    + "codes for choices. Saved as sent; checked in full on submission.",
            "DataSourceRow", "A data source the technology is applied to.",
            "PartnerRow", "A partner data is shared with.",
            "LocationRow", "A place where the technology is deployed.",
            "CostRow", "One item of cost.",
            "FundingRow", "One source of funding.",
            "LinkRow", "A public source about the technology.");

    /** Each row schema, and the form list whose rows it describes (the labels are kept by list). */
    static final Map<String, String> ROW_LISTS = Map.of("DataSourceRow", "dataSources", "PartnerRow", "sharingPartners",
            "LocationRow", "deploymentLocations", "CostRow", "costItems", "FundingRow", "fundingSources",
            "LinkRow", "sourceLinks");

    /** The form's lists are sections of the web form: their headings say what they are. */
    static final Map<String, String> LIST_SECTIONS = Map.of("sharingPartners", "section_sharing",
            "deploymentLocations", "section_deployment", "sourceLinks", "section_sources");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Properties fields = MessageFiles.english();
        Properties messages = fields;
        for (Map.Entry<String, Schema> entry : openAPI.getComponents().getSchemas().entrySet()) {
            String name = entry.getKey();
            if (!SCHEMAS.containsKey(name)) {
                continue;
            }
            Schema schema = entry.getValue();
            schema.setDescription(SCHEMAS.get(name));
            if (schema.getProperties() == null) {
                continue;
            }
            for (Map.Entry<String, Schema> property : schema.getProperties().entrySet()) {
                String field = ROW_LISTS.containsKey(name) ? ROW_LISTS.get(name) + "." + property.getKey() : property.getKey();
                String label = name.equals("DisclosureForm") && LIST_SECTIONS.containsKey(field)
                        ? messages.getProperty(LIST_SECTIONS.get(field))
                        : fields.getProperty(DisclosureLabels.labelKey(field));
                if (label != null && property.getValue().getDescription() == null) {
                    property.getValue().setDescription(label);
                }
            }
        }
    }
}
