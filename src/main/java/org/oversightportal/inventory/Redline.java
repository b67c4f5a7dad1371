package org.oversightportal.inventory;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.oversightportal.common.FormBinding;

/**
 * The differences between two revisions of a disclosure, field by field, with removed and added words
 * marked (java-diff-utils, word by word). Both revisions are compared as their forms, so every field a
 * filer fills in is compared, including each row of the repeated parts.
 */
public final class Redline {

    private static final Pattern WORDS = Pattern.compile("(?<=\\s)|(?=\\s)");

    /** A run of text: unchanged, removed or added. */
    public record Segment(String kind, String text) {
        public boolean isRemoved() {
            return "removed".equals(kind);
        }

        public boolean isAdded() {
            return "added".equals(kind);
        }
    }

    /**
     * One changed field. {@code labelKey} names the field (a field bundle key); for a row of a repeated
     * part, {@code rowKey} and {@code row} name the row ("Sharing partner 2").
     */
    public record Change(String field, String labelKey, String rowKey, String row, List<Segment> segments) {
    }

    private Redline() {
    }

    public static List<Change> between(Disclosure older, Disclosure newer) {
        DisclosureForm a = RecordToForm.toForm(older).withoutBlankRows();
        DisclosureForm b = RecordToForm.toForm(newer).withoutBlankRows();
        List<Change> changes = new ArrayList<>();
        try {
            for (Field f : DisclosureForm.class.getFields()) {
                Object va = f.get(a);
                Object vb = f.get(b);
                if (f.getType() == String.class) {
                    add(changes, f.getName(), DisclosureLabels.LABELS.label(f.getName()), null, null, (String) va,
                            (String) vb);
                } else if (va instanceof List<?> la && vb instanceof List<?> lb) {
                    if (f.getName().equals("capabilities")) {
                        add(changes, "capabilities", DisclosureLabels.LABELS.label("capabilities"), null, null,
                                String.join(", ", strings(la)), String.join(", ", strings(lb)));
                        continue;
                    }
                    for (int i = 0; i < Math.max(la.size(), lb.size()); i++) {
                        add(changes, f.getName() + "[" + i + "]", "redline_row", DisclosureLabels.LABELS.rowCaption(
                                f.getName()), String.valueOf(i + 1), i < la.size() ? rowText(la.get(i)) : null,
                                i < lb.size() ? rowText(lb.get(i)) : null);
                    }
                }
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        return changes;
    }

    private static void add(List<Change> changes, String field, String labelKey, String rowKey, String row, String a,
            String b) {
        String before = FormBinding.isBlank(a) ? "" : a.strip();
        String after = FormBinding.isBlank(b) ? "" : b.strip();
        if (!before.equals(after)) {
            changes.add(new Change(field, labelKey, rowKey, row, diff(before, after)));
        }
    }

    /** Word-level differences of two texts, whitespace kept. */
    public static List<Segment> diff(String before, String after) {
        List<String> a = before.isEmpty() ? List.of() : List.of(WORDS.split(before));
        List<String> b = after.isEmpty() ? List.of() : List.of(WORDS.split(after));
        Patch<String> patch = DiffUtils.diff(a, b);
        List<Segment> segments = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            append(segments, "same", String.join("", a.subList(position, start)));
            append(segments, "removed", String.join("", delta.getSource().getLines()));
            append(segments, "added", String.join("", delta.getTarget().getLines()));
            position = start + delta.getSource().size();
        }
        append(segments, "same", String.join("", a.subList(position, a.size())));
        return segments;
    }

    private static void append(List<Segment> segments, String kind, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!segments.isEmpty() && segments.get(segments.size() - 1).kind().equals(kind)) {
            Segment last = segments.remove(segments.size() - 1);
            segments.add(new Segment(kind, last.text() + text));
        } else {
            segments.add(new Segment(kind, text));
        }
    }

    /** A row of a repeated part as one line: its filled fields, in form order. */
    private static String rowText(Object row) {
        List<String> parts = new ArrayList<>();
        for (Field f : row.getClass().getFields()) {
            try {
                Object v = f.get(row);
                if (v instanceof String s && !s.isBlank()) {
                    parts.add(s.strip());
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return String.join(" · ", parts);
    }

    private static List<String> strings(List<?> list) {
        return list.stream().map(Objects::toString).sorted().toList();
    }
}
