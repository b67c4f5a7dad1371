package org.oversightportal.thirdparty;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.oversightportal.agencies.AgencyKind;
import org.oversightportal.inventory.Category;

/**
 * The Atlas of Surveillance's CSV shape, both ways: its column names, its "Type of LEA" values for our
 * kinds of agency, and its City / County / State for our free-text jurisdiction. Technology values
 * map through {@link org.oversightportal.inventory.Category#fromAtlas} and
 * {@link org.oversightportal.inventory.Category#atlasValue}.
 */
public final class AtlasFormat {

    public static final String AOSNUMBER = "AOSNUMBER";
    public static final String CITY = "City";
    public static final String COUNTY = "County";
    public static final String STATE = "State";
    public static final String AGENCY = "Agency";
    public static final String TYPE_OF_LEA = "Type of LEA";
    public static final String SUMMARY = "Summary";
    public static final String TYPE_OF_JURIS = "Type of Juris";
    public static final String TECHNOLOGY = "Technology";
    public static final String VENDOR = "Vendor";
    public static final String OTHER_NOTES = "Other Notes";

    /** The Atlas's technology values. */
    public static final List<String> TECHNOLOGIES = List.of("ALPR", "Body-worn Cameras", "Camera Registry",
            "Cell-site Simulator", "Drones", "Face Recognition", "Fusion Center", "Gunshot Detection",
            "Predictive Policing", "Real-Time Crime Center", "Third-party Investigative Platforms", "Video Analytics");

    /** An Atlas technology value and the category it is imported as. */
    public record Mapping(String atlasValue, Category category) {
    }

    /** Every Atlas technology value with our category, for the data dictionary. */
    public static List<Mapping> mappings() {
        return TECHNOLOGIES.stream().map(t -> new Mapping(t, Category.fromAtlas(t).orElseThrow())).toList();
    }

    /** The columns an import cannot do without. */
    public static final List<String> REQUIRED = List.of(AGENCY, TECHNOLOGY);

    /** How many "Link N" column groups an import reads. */
    public static final int MAX_LINKS = 10;

    /** Our kinds of agency as the Atlas's "Type of LEA" values (the Atlas lists law enforcement agencies). */
    private static final Map<AgencyKind, String> LEA_TYPES = Map.of(AgencyKind.POLICE, "Police",
            AgencyKind.SHERIFF, "Sheriff", AgencyKind.SCHOOL_DISTRICT, "School District", AgencyKind.TRANSIT,
            "Transit Police", AgencyKind.JAIL_CORRECTIONS, "Corrections", AgencyKind.PUBLIC_HEALTH,
            "Public Health", AgencyKind.HOUSING, "Housing Authority", AgencyKind.PARKS, "Parks", AgencyKind.OTHER,
            "Other");

    private static final Map<String, String> STATES = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    static {
        String[] pairs = { "Alabama", "AL", "Alaska", "AK", "Arizona", "AZ", "Arkansas", "AR", "California", "CA",
                "Colorado", "CO", "Connecticut", "CT", "Delaware", "DE", "District of Columbia", "DC", "Florida", "FL",
                "Georgia", "GA", "Hawaii", "HI", "Idaho", "ID", "Illinois", "IL", "Indiana", "IN", "Iowa", "IA",
                "Kansas", "KS", "Kentucky", "KY", "Louisiana", "LA", "Maine", "ME", "Maryland", "MD", "Massachusetts",
                "MA", "Michigan", "MI", "Minnesota", "MN", "Mississippi", "MS", "Missouri", "MO", "Montana", "MT",
                "Nebraska", "NE", "Nevada", "NV", "New Hampshire", "NH", "New Jersey", "NJ", "New Mexico", "NM",
                "New York", "NY", "North Carolina", "NC", "North Dakota", "ND", "Ohio", "OH", "Oklahoma", "OK",
                "Oregon", "OR", "Pennsylvania", "PA", "Puerto Rico", "PR", "Rhode Island", "RI", "South Carolina",
                "SC", "South Dakota", "SD", "Tennessee", "TN", "Texas", "TX", "Utah", "UT", "Vermont", "VT",
                "Virginia", "VA", "Washington", "WA", "West Virginia", "WV", "Wisconsin", "WI", "Wyoming", "WY" };
        for (int i = 0; i < pairs.length; i += 2) {
            STATES.put(pairs[i], pairs[i + 1]);
        }
    }

    /** A jurisdiction in the Atlas's terms; any part may be empty. */
    public record Place(String city, String county, String state, String typeOfJuris) {

        /** Our jurisdiction text for an agency created from an Atlas row: "Orlando, FL". */
        public String jurisdiction() {
            String local = !city.isEmpty() ? city : county;
            String text = local.isEmpty() ? state : state.isEmpty() ? local : local + ", " + state;
            return text.isEmpty() ? "Unknown (reported by the Atlas of Surveillance)" : text;
        }
    }

    private AtlasFormat() {
    }

    public static String leaType(AgencyKind kind) {
        return LEA_TYPES.getOrDefault(kind, "Other");
    }

    /** Our kind for an Atlas "Type of LEA": exact values first, then the words they usually contain. */
    public static AgencyKind kindOf(String leaType) {
        if (leaType == null || leaType.isBlank()) {
            return AgencyKind.OTHER;
        }
        for (Map.Entry<AgencyKind, String> e : LEA_TYPES.entrySet()) {
            if (e.getValue().equalsIgnoreCase(leaType.trim())) {
                return e.getKey();
            }
        }
        String t = leaType.toLowerCase(Locale.ROOT);
        if (t.contains("sheriff")) {
            return AgencyKind.SHERIFF;
        }
        if (t.contains("transit")) {
            return AgencyKind.TRANSIT;
        }
        if (t.contains("school") || t.contains("campus")) {
            return AgencyKind.SCHOOL_DISTRICT;
        }
        if (t.contains("correction") || t.contains("jail")) {
            return AgencyKind.JAIL_CORRECTIONS;
        }
        return t.contains("police") ? AgencyKind.POLICE : AgencyKind.OTHER;
    }

    /**
     * Our free-text jurisdiction split as the Atlas does, as far as it goes: "Washington County, Oregon"
     * is County "Washington County", State "OR"; "City of Orlando, Florida" is City "Orlando", State "FL".
     * A text that names no state is kept whole as a city or county.
     */
    public static Place place(String jurisdiction) {
        String text = jurisdiction == null ? "" : jurisdiction.replaceAll("\\s*\\(.*?\\)\\s*", " ").strip();
        String state = "";
        int comma = text.lastIndexOf(',');
        if (comma > 0) {
            String tail = text.substring(comma + 1).strip();
            String code = STATES.get(tail);
            if (code == null && tail.length() == 2 && STATES.containsValue(tail.toUpperCase(Locale.ROOT))) {
                code = tail.toUpperCase(Locale.ROOT);
            }
            if (code != null) {
                state = code;
                text = text.substring(0, comma).strip();
            }
        }
        if (text.toLowerCase(Locale.ROOT).contains("county")) {
            return new Place("", text, state, "County");
        }
        String city = text.replaceFirst("(?i)^city of\\s+", "");
        return new Place(city, "", state, city.isEmpty() ? "State" : "Municipal");
    }
}
