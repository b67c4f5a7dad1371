package org.oversightportal.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Event;
import org.oversightportal.common.RecordChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jboss.logging.Logger;
import org.oversightportal.agencies.Agency;
import org.oversightportal.agencies.AgencyKind;
import org.oversightportal.common.PortalConfig;
import org.oversightportal.inventory.ApprovalStatus;
import org.oversightportal.inventory.Capability;
import org.oversightportal.inventory.Category;
import org.oversightportal.inventory.CostPeriod;
import org.oversightportal.inventory.Disclosure;
import org.oversightportal.inventory.FundingKind;
import org.oversightportal.inventory.HostingType;
import org.oversightportal.inventory.LifecycleStatus;
import org.oversightportal.inventory.Mobility;
import org.oversightportal.inventory.NdaStatus;
import org.oversightportal.inventory.Parts.CostItem;
import org.oversightportal.inventory.Parts.DataSource;
import org.oversightportal.inventory.Parts.DeploymentLocation;
import org.oversightportal.inventory.Parts.FundingSource;
import org.oversightportal.inventory.Parts.SharingPartner;
import org.oversightportal.inventory.Parts.SourceLink;
import org.oversightportal.inventory.SharingLevel;
import org.oversightportal.vendors.Vendor;

/**
 * The real cases of shared/reference/cases.md, one method each: the disclosure as the agency's own documents and the
 * reporting about it describe it. {@link DemoData} creates the agencies and vendors and persists what these return.
 */
final class DemoCases {

    private DemoCases() {
    }

    static Disclosure rekognition(Agency washington, Vendor aws, Instant now) {
        Disclosure rekognition = DemoData.base(washington, "Face recognition search of booking photos", Category.FACE_RECOGNITION,
                now);
        rekognition.product = "Amazon Rekognition";
        rekognition.vendor = aws;
        rekognition.description = "Officers upload an image of a suspect and the service compares it with a "
                + "database of booking photos, returning possible matches. Searches can also be run in real time.";
        rekognition.purpose = "Identify suspects from images by comparing them with the county's booking photos.";
        rekognition.authorizedUses = "Searches of images of suspects against the booking-photo database.";
        rekognition.prohibitedUses = "Not stated by the agency.";
        rekognition.setCapabilities(java.util.EnumSet.of(Capability.FACE_RECOGNITION, Capability.REAL_TIME));
        rekognition.dataTypes = "Face images of suspects; booking photos (mugshots) and the face data derived from them.";
        rekognition.dataSources = List.of(new DataSource("Booking photos (mugshots)", 300_000L,
                "The Sheriff's Office's database of booking photos, searched against images of suspects."));
        rekognition.deletionPractice = "Not stated by the agency.";
        rekognition.accessControls = "Sheriff's Office officers.";
        rekognition.hostingType = HostingType.PUBLIC_CLOUD;
        rekognition.hostingProvider = aws;
        rekognition.costItems = List.of(
                new CostItem("Monthly Amazon Web Services bill", new BigDecimal("6"), new BigDecimal("12"),
                        CostPeriod.MONTHLY, null),
                new CostItem("Single invoice", new BigDecimal("343.95"), new BigDecimal("343.95"),
                        CostPeriod.ONE_TIME, null));
        rekognition.ndaStatus = NdaStatus.SIGNED_WITHHELD;
        rekognition.vendorObligations = "The vendor asked the agency to promote the product to other agencies.";
        rekognition.civilLibertiesAssessment = "None published. The relationship was covered by a non-disclosure "
                + "agreement and became public only through a civil-liberties group's public-records request.";
        rekognition.lifecycleStatus = LifecycleStatus.IN_USE;
        rekognition.sourceLinks = List.of(new SourceLink(
                "Public-records documents obtained by a civil-liberties group (press reports)",
                "https://www.aclunc.org/blog/amazon-teams-law-enforcement-deploy-dangerous-new-face-recognition-technology",
                LocalDate.of(2018, 5, 22)));
        rekognition.persist();
        return rekognition;
    }

    static Disclosure orlandoPilot(Agency orlando, Vendor aws, Instant now) {
        Disclosure orlandoPilot = DemoData.base(orlando, "Real-time face recognition pilot", Category.FACE_RECOGNITION, now);
        orlandoPilot.product = "Amazon Rekognition Video with Amazon Kinesis Video Streams";
        orlandoPilot.vendor = aws;
        orlandoPilot.description = "City cameras stream live video to a cloud video-ingestion service (Amazon "
                + "Kinesis Video Streams); faces in the video are searched in real time against a collection of "
                + "\"persons of interest\".";
        orlandoPilot.purpose = "Locate persons of interest in live video from city cameras.";
        orlandoPilot.authorizedUses = "Pilot: real-time searches of live camera video against the persons-of-interest collection.";
        orlandoPilot.prohibitedUses = "Not stated by the agency.";
        orlandoPilot.setCapabilities(java.util.EnumSet.of(Capability.FACE_RECOGNITION, Capability.REAL_TIME,
                Capability.PERSON_TRACKING, Capability.VIDEO_ANALYTICS, Capability.SENTIMENT_ANALYSIS));
        orlandoPilot.otherCapabilities = "Advertised with it: tracking people even when their faces are not visible, "
                + "detecting whether someone enters or exits a building, and emotion or sentiment analysis.";
        orlandoPilot.dataTypes = "Live video from city cameras; face images and face data of people in view.";
        orlandoPilot.dataSources = List.of(new DataSource("Collection of \"persons of interest\"", null,
                "The size of the collection was not reported."));
        orlandoPilot.deploymentLocations = List.of(
                new DeploymentLocation("Cameras across the city", "City-owned cameras", Mobility.FIXED, null),
                new DeploymentLocation("Officers' body-worn cameras (interest expressed, not deployed)",
                        "Body-worn cameras", Mobility.MOBILE, null));
        orlandoPilot.deletionPractice = "Not stated by the agency.";
        orlandoPilot.accessControls = "Not stated by the agency.";
        orlandoPilot.hostingType = HostingType.PUBLIC_CLOUD;
        orlandoPilot.hostingProvider = aws;
        orlandoPilot.ndaStatus = NdaStatus.SIGNED_WITHHELD;
        orlandoPilot.civilLibertiesAssessment = "None published.";
        orlandoPilot.lifecycleStatus = LifecycleStatus.PILOT;
        orlandoPilot.persist();
        return orlandoPilot;
    }

    static Disclosure jailTool(Agency sanDiego, Vendor aws, Vendor lucidus, Instant now) {
        Disclosure jailTool = DemoData.base(sanDiego, "Jail intelligence platform", Category.DATABASES_AND_ANALYTICS, now);
        jailTool.product = "Lucidus";
        jailTool.vendor = lucidus;
        jailTool.description = "A jail intelligence tool offered through a cloud provider's catalogue of partner "
                + "products. Lucidus Tech is owned by Flock Safety.";
        jailTool.purpose = "Analysis of information about people held in county jails.";
        jailTool.authorizedUses = "Not yet defined: the product was pitched to the Sheriff's Department.";
        jailTool.prohibitedUses = "Not yet defined.";
        jailTool.dataTypes = "Information about incarcerated people.";
        jailTool.deletionPractice = "Not stated.";
        jailTool.accessControls = "Not stated.";
        jailTool.hostingType = HostingType.PUBLIC_CLOUD;
        jailTool.hostingProvider = aws;
        jailTool.fundingSources = List.of(marketplaceGrant());
        jailTool.ndaStatus = NdaStatus.NONE;
        jailTool.civilLibertiesAssessment = "Not yet prepared.";
        jailTool.lifecycleStatus = LifecycleStatus.PROPOSED;
        jailTool.persist();
        return jailTool;
    }

    static Disclosure weapons(Agency harborSchools, Vendor aws, Vendor zeroEyes, Instant now) {
        Disclosure weapons = DemoData.base(harborSchools, "AI weapons detection on school cameras", Category.WEAPONS_DETECTION,
                now);
        weapons.product = "ZeroEyes";
        weapons.vendor = zeroEyes;
        weapons.description = "Software that watches school security-camera video and alerts when it detects a visible gun.";
        weapons.purpose = "Detect visible weapons on school grounds.";
        weapons.authorizedUses = "Analysis of video from the district's school cameras.";
        weapons.prohibitedUses = "Not yet defined.";
        weapons.setCapabilities(java.util.EnumSet.of(Capability.VIDEO_ANALYTICS, Capability.REAL_TIME));
        weapons.dataTypes = "Video of students, staff and visitors on school grounds.";
        weapons.deploymentLocations = List.of(new DeploymentLocation("District schools", "School security cameras",
                Mobility.FIXED, null));
        weapons.deletionPractice = "Not stated.";
        weapons.accessControls = "Not stated.";
        weapons.hostingType = HostingType.PUBLIC_CLOUD;
        weapons.hostingProvider = aws;
        weapons.fundingSources = List.of(marketplaceGrant());
        weapons.ndaStatus = NdaStatus.NONE;
        weapons.civilLibertiesAssessment = "Not yet prepared.";
        weapons.lifecycleStatus = LifecycleStatus.PROPOSED;
        weapons.persist();
        return weapons;
    }

    static Disclosure rtcc(Agency harborPolice, Vendor aws, Vendor c3, Instant now) {
        Disclosure rtcc = DemoData.base(harborPolice, "Real-time crime center software", Category.REAL_TIME_CRIME_CENTERS, now);
        rtcc.product = "C3 AI";
        rtcc.vendor = c3;
        rtcc.description = "Software that brings together camera feeds, sensor alerts and records for a real-time crime center.";
        rtcc.purpose = "Operate a real-time crime center.";
        rtcc.authorizedUses = "Not yet defined.";
        rtcc.prohibitedUses = "Not yet defined.";
        rtcc.setCapabilities(java.util.EnumSet.of(Capability.REAL_TIME));
        rtcc.dataTypes = "Camera video, sensor alerts and police records.";
        rtcc.deletionPractice = "Not stated.";
        rtcc.accessControls = "Not stated.";
        rtcc.hostingType = HostingType.PUBLIC_CLOUD;
        rtcc.hostingProvider = aws;
        rtcc.fundingSources = List.of(marketplaceGrant());
        rtcc.ndaStatus = NdaStatus.NONE;
        rtcc.civilLibertiesAssessment = "Not yet prepared.";
        rtcc.lifecycleStatus = LifecycleStatus.PROPOSED;
        rtcc.persist();
        return rtcc;
    }

    static Disclosure tracking(Agency harborPolice, Vendor aws, Vendor veritone, Instant now) {
        Disclosure tracking = DemoData.base(harborPolice, "Person identification across video and social media",
                Category.VIDEO_ANALYTICS, now);
        tracking.product = "Veritone";
        tracking.vendor = veritone;
        tracking.description = "Identifies and tracks individuals across security-camera recordings and social media.";
        tracking.purpose = "Identify and follow individuals in investigations.";
        tracking.authorizedUses = "Not yet defined.";
        tracking.prohibitedUses = "Not yet defined.";
        tracking.setCapabilities(java.util.EnumSet.of(Capability.FACE_RECOGNITION, Capability.PERSON_TRACKING,
                Capability.VIDEO_ANALYTICS));
        tracking.dataTypes = "Security-camera recordings; social-media posts and images.";
        tracking.deletionPractice = "Not stated.";
        tracking.accessControls = "Not stated.";
        tracking.hostingType = HostingType.PUBLIC_CLOUD;
        tracking.hostingProvider = aws;
        tracking.fundingSources = List.of(marketplaceGrant());
        tracking.ndaStatus = NdaStatus.NONE;
        tracking.civilLibertiesAssessment = "Not yet prepared.";
        tracking.lifecycleStatus = LifecycleStatus.PROPOSED;
        tracking.persist();
        return tracking;
    }

    static Disclosure calls(Agency harborJail, Vendor aws, Vendor leo, Instant now) {
        Disclosure calls = DemoData.base(harborJail, "Phone-call monitoring and transcription",
                Category.AUDIO_AND_CALL_MONITORING, now);
        calls.product = "Leo Technologies";
        calls.vendor = leo;
        calls.description = "Monitors and transcribes incarcerated people's phone calls in near real time for AI analysis.";
        calls.purpose = "Search calls from the jail for information relevant to investigations and safety.";
        calls.authorizedUses = "Not yet defined.";
        calls.prohibitedUses = "Not yet defined.";
        calls.setCapabilities(java.util.EnumSet.of(Capability.AUDIO_CAPTURE, Capability.TRANSCRIPTION,
                Capability.REAL_TIME));
        calls.dataTypes = "Audio of phone calls made by incarcerated people and the people they call; transcripts.";
        calls.deletionPractice = "Not stated.";
        calls.accessControls = "Not stated.";
        calls.hostingType = HostingType.PUBLIC_CLOUD;
        calls.hostingProvider = aws;
        calls.fundingSources = List.of(marketplaceGrant());
        calls.ndaStatus = NdaStatus.NONE;
        calls.civilLibertiesAssessment = "Not yet prepared.";
        calls.lifecycleStatus = LifecycleStatus.PROPOSED;
        calls.persist();
        return calls;
    }

    static Disclosure alpr(Agency harborPolice, Vendor aws, Vendor flock, Instant now) {
        Disclosure alpr = DemoData.base(harborPolice, "Automated license plate readers", Category.AUTOMATED_LICENSE_PLATE_READERS,
                now);
        alpr.product = "Flock Safety ALPR cameras";
        alpr.vendor = flock;
        alpr.description = "Fixed cameras photograph passing vehicles and read their license plates, checking them "
                + "against hot lists.";
        alpr.purpose = "Find stolen vehicles and vehicles connected to serious crimes.";
        alpr.authorizedUses = "Hot-list alerts; searches connected to a case number.";
        alpr.prohibitedUses = "Immigration enforcement; tracking people exercising First Amendment rights.";
        alpr.setCapabilities(java.util.EnumSet.of(Capability.REAL_TIME));
        alpr.dataTypes = "Images of vehicles and plates, with time and place.";
        alpr.retentionDays = 30;
        alpr.deletionPractice = "Deleted automatically by the vendor after 30 days unless attached to a case.";
        alpr.accessControls = "Sworn officers with individual accounts; every search is logged with a case number.";
        alpr.auditOfUse = "Quarterly audit of search logs by the department's auditor.";
        alpr.hostingType = HostingType.VENDOR_CLOUD;
        alpr.hostingProvider = aws;
        alpr.hostingCertifications = "CJIS";
        alpr.sharingPartners = List.of(new SharingPartner("Neighbouring city police departments", SharingLevel.LOCAL,
                "Written agreement; no sharing for immigration enforcement", "Regional data-sharing MOU"));
        alpr.deploymentLocations = List.of(new DeploymentLocation("20 intersections on city arterials",
                "Poles at intersections", Mobility.FIXED, "No signage"));
        alpr.costInitial = new BigDecimal("0");
        alpr.costAnnual = new BigDecimal("60000");
        alpr.fundingSources = List.of(new FundingSource(FundingKind.BUDGET, "Police department operating budget",
                new BigDecimal("60000"), null, null));
        alpr.contractStart = LocalDate.of(2024, 7, 1);
        alpr.contractRenewal = LocalDate.of(2026, 7, 1);
        alpr.ndaStatus = NdaStatus.NONE;
        alpr.civilLibertiesAssessment = "Plates read include those of people not suspected of any crime; the "
                + "30-day limit and the case-number requirement are meant to limit this.";
        alpr.lifecycleStatus = LifecycleStatus.IN_USE;
        alpr.approvalStatus = ApprovalStatus.APPROVED_WITH_CONDITIONS;
        alpr.approvalBody = "Harbor City Council";
        alpr.approvalDate = LocalDate.of(2024, 6, 11);
        alpr.approvalLegislation = "Resolution 2024-117";
        alpr.approvalVote = "5 for, 2 against";
        alpr.approvalConditions = "No data shared for immigration enforcement; annual audit published.";
        alpr.persist();
        return alpr;
    }

    /** The grant through the cloud provider's marketplace that several of the cases name. */
    private static FundingSource marketplaceGrant() {
        return new FundingSource(FundingKind.GRANT,
                "Public-safety grant the agency was offered help to apply for", null,
                "Federal public-safety grant program", "The cloud provider's public-safety team");
    }
}
