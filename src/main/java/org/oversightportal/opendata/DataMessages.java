package org.oversightportal.opendata;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Open data: the data page, downloads, charts, the overview and feeds.
 * In messages/dd_*.properties; templates use them as {dd:key}, or {text:of(key)} for a key computed at run time.
 */
@MessageBundle(value = "dd", locale = "en")
public interface DataMessages {

    @Message
    String data_title();

    @Message
    String data_intro();

    @Message
    String data_downloads();

    @Message
    String data_api();

    @Message
    String data_api_text();

    @Message
    String data_api_reference();

    @Message
    String data_api_document();

    @Message
    String data_feeds();

    @Message
    String data_feeds_text();

    @Message
    String data_column();

    @Message
    String data_meaning();

    @Message
    String data_download_link(String file);

    @Message
    String file_technologies();

    @Message
    String file_reports();

    @Message
    String file_decisions();

    @Message
    String overview_title();

    @Message
    String overview_intro();

    @Message
    String chart_empty();

    @Message
    String chart_table_caption();

    @Message
    String chart_col_count();

    @Message
    String chart_category_title();

    @Message
    String chart_category_desc();

    @Message
    String chart_col_category();

    @Message
    String chart_hosting_title();

    @Message
    String chart_hosting_desc();

    @Message
    String chart_col_hosting();

    @Message
    String chart_vendor_title();

    @Message
    String chart_vendor_desc();

    @Message
    String chart_col_vendor();

    @Message
    String chart_nda_title();

    @Message
    String chart_nda_desc();

    @Message
    String chart_col_nda();

    @Message
    String chart_compliance_title();

    @Message
    String chart_compliance_desc();

    @Message
    String chart_col_agency();

    @Message
    String overview_link();

    @Message
    String file_agencies();

    @Message
    String file_vendors();

    @Message
    String file_comment_periods();

    @Message
    String file_comments();

    @Message
    String file_atlas();

    @Message
    String atlas_col_aosnumber();

    @Message
    String atlas_col_city();

    @Message
    String atlas_col_county();

    @Message
    String atlas_col_state();

    @Message
    String atlas_col_agency();

    @Message
    String atlas_col_type_of_lea();

    @Message
    String atlas_col_summary();

    @Message
    String atlas_col_type_of_juris();

    @Message
    String atlas_col_technology();

    @Message
    String atlas_col_vendor();

    @Message
    String atlas_col_link_1();

    @Message
    String atlas_col_link_1_snapshot();

    @Message
    String atlas_col_link_1_source();

    @Message
    String atlas_col_link_1_type();

    @Message
    String atlas_col_link_1_date();

    @Message
    String atlas_col_other_notes();
}
