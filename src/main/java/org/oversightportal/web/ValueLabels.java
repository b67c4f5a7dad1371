package org.oversightportal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Labels of enumerated values such as categories and statuses ({label:key}), in
 * messages/label_*.properties. Each enum names its key through Labelled#msgKey.
 */
@MessageBundle(value = "label", locale = "en")
public interface ValueLabels {

    @Message
    String sort_name();

    @Message
    String sort_newest();

    @Message
    String sort_relevance();

    @Message
    String agency_kind_police();

    @Message
    String agency_kind_sheriff();

    @Message
    String agency_kind_school_district();

    @Message
    String agency_kind_transit();

    @Message
    String agency_kind_jail_corrections();

    @Message
    String agency_kind_public_health();

    @Message
    String agency_kind_housing();

    @Message
    String agency_kind_parks();

    @Message
    String agency_kind_other();

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

    @Message
    String comment_status_pending();

    @Message
    String comment_status_published();

    @Message
    String comment_status_rejected();

    @Message
    String comment_status_hidden();

    @Message
    String reject_reason_spam();

    @Message
    String reject_reason_off_topic();

    @Message
    String reject_reason_personal_information();

    @Message
    String reject_reason_threat_or_harassment();

    @Message
    String reject_reason_duplicate();

    @Message
    String reject_reason_other();

    @Message
    String comment_status_flagged();

    @Message
    String non_suspects_yes();

    @Message
    String non_suspects_no();

    @Message
    String non_suspects_unknown();

    @Message
    String decision_approve();

    @Message
    String decision_approve_with_conditions();

    @Message
    String decision_request_changes();

    @Message
    String decision_reject();

    @Message
    String decision_continue();

    @Message
    String decision_modify();

    @Message
    String decision_cease();

    @Message
    String measure_without_approval();

    @Message
    String measure_overdue();

    @Message
    String measure_due_soon();

    @Message
    String measure_nda_withheld();

    @Message
    String measure_exigent_unreported();

    @Message
    String measure_changes_unanswered();
}
