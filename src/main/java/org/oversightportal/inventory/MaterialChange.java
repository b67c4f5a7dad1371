package org.oversightportal.inventory;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.oversightportal.common.Labelled;
import org.oversightportal.inventory.Parts.SharingPartner;

/**
 * The one rule that decides whether a revision of a decided disclosure needs the board again (security
 * review finding 2; the API's revise verb uses it too). A revision is <em>material</em> when it widens what the
 * board decided on:
 * <ul>
 * <li>{@link Aspect#CAPABILITIES}: a capability is added, or the other capabilities name something new;</li>
 * <li>{@link Aspect#DATA_TYPES}: the data collected names a new type, or a new data source is added;</li>
 * <li>{@link Aspect#SHARING}: a new sharing partner, or a partner's level of access changes;</li>
 * <li>{@link Aspect#RETENTION}: data is kept longer, or becomes kept indefinitely;</li>
 * <li>{@link Aspect#CONDITIONS}: the conditions of approval differ (only the board sets them);</li>
 * <li>{@link Aspect#LIFECYCLE}: the status of use changes to anything but retired (a pilot goes into use, a
 * retired technology is used again).</li>
 * </ul>
 * Narrowing is not material: removing a capability, a partner or a data type, shortening retention, or
 * retiring. Neither is correcting a typo: free-text lists (data types, other capabilities) are compared item
 * by item, and an item within a small edit distance of an item already there is the same item.
 */
public final class MaterialChange {

    /** What a material revision changed, in the order the disclosure form shows it. */
    public enum Aspect implements Labelled {
        CAPABILITIES, DATA_TYPES, RETENTION, SHARING, CONDITIONS, LIFECYCLE;

        @Override
        public String messagePrefix() {
            return "material";
        }
    }

    /** What the board decided on, copied from the record before a revision is applied to it. */
    public record Snapshot(Set<Capability> capabilities, String otherCapabilities, String dataTypes,
            List<String> dataSources, Map<String, SharingLevel> partners, Integer retentionDays,
            boolean retentionIndefinite, String conditions, LifecycleStatus lifecycle) {

        public static Snapshot of(Disclosure d) {
            return new Snapshot(d.capabilities(), d.otherCapabilities, d.dataTypes,
                    d.dataSources.stream().map(s -> normalise(s.name())).toList(), partnersOf(d.sharingPartners),
                    d.retentionDays, d.retentionIndefinite, d.approvalConditions, d.lifecycleStatus);
        }

        /** The aspects in which {@code after} widens this snapshot; empty when the revision is an update. */
        public Set<Aspect> widenedIn(Disclosure after) {
            Set<Aspect> changed = EnumSet.noneOf(Aspect.class);
            if (!capabilities.containsAll(after.capabilities())
                    || namesSomethingNew(otherCapabilities, after.otherCapabilities)) {
                changed.add(Aspect.CAPABILITIES);
            }
            boolean newSource = after.dataSources.stream().map(s -> normalise(s.name()))
                    .anyMatch(name -> dataSources.stream().noneMatch(old -> sameItem(old, name)));
            if (namesSomethingNew(dataTypes, after.dataTypes) || newSource) {
                changed.add(Aspect.DATA_TYPES);
            }
            if (keptLonger(after)) {
                changed.add(Aspect.RETENTION);
            }
            Map<String, SharingLevel> afterPartners = partnersOf(after.sharingPartners);
            boolean widerSharing = afterPartners.entrySet().stream().anyMatch(p -> {
                String known = partners.keySet().stream().filter(old -> sameItem(old, p.getKey())).findFirst()
                        .orElse(null);
                return known == null || partners.get(known) != p.getValue();
            });
            if (widerSharing) {
                changed.add(Aspect.SHARING);
            }
            if (!Objects.equals(blankToNull(conditions), blankToNull(after.approvalConditions))) {
                changed.add(Aspect.CONDITIONS);
            }
            if (after.lifecycleStatus != lifecycle && after.lifecycleStatus != LifecycleStatus.RETIRED) {
                changed.add(Aspect.LIFECYCLE);
            }
            return changed;
        }

        private boolean keptLonger(Disclosure after) {
            if (retentionIndefinite) {
                return false;
            }
            if (after.retentionIndefinite) {
                return true;
            }
            return retentionDays != null && after.retentionDays != null && after.retentionDays > retentionDays;
        }
    }

    private MaterialChange() {
    }

    private static Map<String, SharingLevel> partnersOf(List<SharingPartner> list) {
        return list.stream().collect(Collectors.toMap(p -> normalise(p.name()), SharingPartner::level,
                (a, b) -> a, java.util.LinkedHashMap::new));
    }

    /** True when the text after names an item (split at commas, semicolons and lines) that the text before did not. */
    static boolean namesSomethingNew(String before, String after) {
        List<String> old = items(before);
        return items(after).stream().anyMatch(item -> old.stream().noneMatch(o -> sameItem(o, item)));
    }

    static List<String> items(String text) {
        List<String> items = new ArrayList<>();
        if (text == null) {
            return items;
        }
        for (String part : text.split("[,;\\n]|\\band\\b")) {
            String item = normalise(part);
            if (!item.isEmpty()) {
                items.add(item);
            }
        }
        return items;
    }

    /** Lower case, accents and punctuation dropped, spaces collapsed: what a typo fix does not change. */
    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** The same item, allowing a typo: at most one edit in ten characters (and at least one). */
    static boolean sameItem(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int allowed = Math.max(1, Math.min(a.length(), b.length()) / 10);
        return Math.abs(a.length() - b.length()) <= allowed && distance(a, b, allowed) <= allowed;
    }

    /** Levenshtein distance, stopping once it exceeds {@code limit}. */
    private static int distance(String a, String b, int limit) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > limit) {
                return rowMin;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** The aspects as codes, for the audit log and the API. */
    public static String codes(Set<Aspect> aspects) {
        return aspects.stream().map(Aspect::code).collect(Collectors.joining(", "));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
