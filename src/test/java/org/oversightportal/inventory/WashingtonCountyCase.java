package org.oversightportal.inventory;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Washington County Sheriff's Office / Amazon Rekognition case of cases.md, as a staff
 * member would type it into the disclosure form.
 */
public final class WashingtonCountyCase {

    private WashingtonCountyCase() {
    }

    public static Map<String, String> form(String name) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("name", name);
        f.put("product", "Amazon Rekognition");
        f.put("vendor", "amazon-web-services");
        f.put("category", "face_recognition");
        f.put("description", "Officers search images of suspects against booking photos, including in real time.");
        f.put("purpose", "Identify suspects from images.");
        f.put("authorizedUses", "Searches of images of suspects.");
        f.put("prohibitedUses", "Not stated by the agency.");
        f.put("capabilities", "face_recognition");
        f.put("dataTypes", "Face images; booking photos (mugshots).");
        f.put("dataSources[0].name", "Booking photos (mugshots)");
        f.put("dataSources[0].recordCount", "300,000");
        f.put("retentionIndefinite", "true");
        f.put("deletionPractice", "Not stated.");
        f.put("accessControls", "Sheriff's Office officers.");
        f.put("hostingType", "public_cloud");
        f.put("hostingProvider", "amazon-web-services");
        f.put("costInitial", "0");
        f.put("costAnnual", "144");
        f.put("costItems[0].description", "Monthly AWS bill");
        f.put("costItems[0].amountLow", "6");
        f.put("costItems[0].amountHigh", "12");
        f.put("costItems[0].period", "monthly");
        f.put("costItems[1].description", "Single invoice");
        f.put("costItems[1].amountLow", "343.95");
        f.put("costItems[1].period", "one_time");
        f.put("fundingSources[0].kind", "budget");
        f.put("fundingSources[0].description", "Sheriff's Office operating budget");
        f.put("ndaStatus", "signed_withheld");
        f.put("vendorObligations", "The vendor asked the agency to promote the product to other agencies.");
        f.put("civilLibertiesAssessment", "None published; the NDA kept it from the public.");
        f.put("lifecycleStatus", "in_use");
        f.put("sourceLinks[0].title", "Records obtained through a public-records request");
        f.put("sourceLinks[0].url", "https://www.aclunc.org/blog/amazon-teams-law-enforcement-deploy-dangerous-new-face-recognition-technology");
        f.put("sourceLinks[0].publishedOn", "2018-05-22");
        return f;
    }
}
