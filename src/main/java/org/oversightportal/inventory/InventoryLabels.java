package org.oversightportal.inventory;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Labels of the inventory's code lists (category, capability, hosting, NDA, status, ...), one key per value: <prefix>_<code>.
 * In messages/invl_*.properties; templates use them as {invl:key}, or {text:of(key)} for a key computed at run time.
 */
@MessageBundle(value = "invl", locale = "en")
public interface InventoryLabels {

    @Message
    String sort_name();

    @Message
    String sort_newest();

    @Message
    String sort_relevance();

    @Message
    String category_automated_license_plate_readers();

    @Message
    String category_biometric_surveillance();

    @Message
    String category_body_worn_cameras();

    @Message
    String category_camera_networks();

    @Message
    String category_cell_site_simulators();

    @Message
    String category_community_surveillance_apps();

    @Message
    String category_drones_and_robots();

    @Message
    String category_electronic_monitoring();

    @Message
    String category_face_recognition();

    @Message
    String category_forensic_extraction_tools();

    @Message
    String category_gunshot_detection();

    @Message
    String category_iot_device_access();

    @Message
    String category_databases_and_analytics();

    @Message
    String category_predictive_policing();

    @Message
    String category_real_time_crime_centers();

    @Message
    String category_location_tracking();

    @Message
    String category_social_media_monitoring();

    @Message
    String category_video_analytics();

    @Message
    String category_weapons_detection();

    @Message
    String category_audio_and_call_monitoring();

    @Message
    String capability_face_recognition();

    @Message
    String capability_real_time();

    @Message
    String capability_person_tracking();

    @Message
    String capability_audio_capture();

    @Message
    String capability_video_analytics();

    @Message
    String capability_sentiment_analysis();

    @Message
    String capability_transcription();

    @Message
    String hosting_type_on_premises();

    @Message
    String hosting_type_vendor_cloud();

    @Message
    String hosting_type_public_cloud();

    @Message
    String nda_status_none();

    @Message
    String nda_status_signed_published();

    @Message
    String nda_status_signed_withheld();

    @Message
    String lifecycle_proposed();

    @Message
    String lifecycle_pilot();

    @Message
    String lifecycle_in_use();

    @Message
    String lifecycle_retired();

    @Message
    String approval_not_reviewed();

    @Message
    String approval_approved();

    @Message
    String approval_approved_with_conditions();

    @Message
    String approval_changes_requested();

    @Message
    String approval_rejected();

    @Message
    String approval_reported_by_agency();

    @Message
    String approval_pending_review();

    @Message
    String funding_kind_budget();

    @Message
    String funding_kind_grant();

    @Message
    String funding_kind_donation();

    @Message
    String funding_kind_free_trial();

    @Message
    String funding_kind_other();

    @Message
    String sharing_level_local();

    @Message
    String sharing_level_state();

    @Message
    String sharing_level_federal();

    @Message
    String sharing_level_private();

    @Message
    String sharing_level_other();

    @Message
    String cost_period_one_time();

    @Message
    String cost_period_monthly();

    @Message
    String cost_period_annual();

    @Message
    String mobility_fixed();

    @Message
    String mobility_mobile();
}
