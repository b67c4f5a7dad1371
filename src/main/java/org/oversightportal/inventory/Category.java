package org.oversightportal.inventory;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.oversightportal.common.Labelled;

/**
 * The technology taxonomy: the parent categories of EFF's Street-Level Surveillance guide. Each
 * carries the Atlas of Surveillance technology value it exchanges as, where the Atlas has one;
 * several Atlas values map onto one of ours (Real-Time Crime Center and Fusion Center).
 */
public enum Category implements Labelled {
    AUTOMATED_LICENSE_PLATE_READERS("ALPR", "Automated License Plate Readers"),
    BIOMETRIC_SURVEILLANCE(null),
    BODY_WORN_CAMERAS("Body-worn Cameras"),
    CAMERA_NETWORKS("Camera Registry"),
    CELL_SITE_SIMULATORS("Cell-site Simulator"),
    COMMUNITY_SURVEILLANCE_APPS(null),
    DRONES_AND_ROBOTS("Drones"),
    ELECTRONIC_MONITORING(null),
    FACE_RECOGNITION("Face Recognition"),
    FORENSIC_EXTRACTION_TOOLS(null),
    GUNSHOT_DETECTION("Gunshot Detection"),
    IOT_DEVICE_ACCESS(null),
    DATABASES_AND_ANALYTICS("Third-party Investigative Platforms"),
    PREDICTIVE_POLICING("Predictive Policing"),
    REAL_TIME_CRIME_CENTERS("Real-Time Crime Center", "Fusion Center"),
    LOCATION_TRACKING(null),
    SOCIAL_MEDIA_MONITORING(null),
    VIDEO_ANALYTICS("Video Analytics"),
    WEAPONS_DETECTION(null),
    AUDIO_AND_CALL_MONITORING(null);

    private final String atlasValue;
    private final String[] otherAtlasValues;

    Category(String atlasValue, String... otherAtlasValues) {
        this.atlasValue = atlasValue;
        this.otherAtlasValues = otherAtlasValues;
    }

    @Override
    public String messagePrefix() {
        return "category";
    }

    /** The Atlas of Surveillance value this category is exported as, if the Atlas has one. */
    public Optional<String> atlasValue() {
        return Optional.ofNullable(atlasValue);
    }

    /** The category an Atlas of Surveillance technology value maps onto. */
    public static Optional<Category> fromAtlas(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(c -> (c.atlasValue != null && c.atlasValue.toLowerCase(Locale.ROOT).equals(wanted))
                        || Arrays.stream(c.otherAtlasValues).anyMatch(o -> o.toLowerCase(Locale.ROOT).equals(wanted)))
                .findFirst();
    }
}
