package org.oversightportal.opendata;

import java.util.ArrayList;
import java.util.List;

/**
 * Wraps a chart label onto lines that fit the chart, without a font at hand: each character's width is
 * estimated generously (as if the font were wide, 14 units high), so a line drawn in the page's actual font is
 * never longer than estimated. A word too long for a line is broken between characters.
 */
final class ChartText {

    static final double FONT_SIZE = 14;

    private ChartText() {
    }

    /** The lines of {@code text} at most {@code width} units wide each (at least one line). */
    static List<String> lines(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : (text == null ? "" : text.strip()).split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            // A word wider than a line: as many characters as fit, then the rest on the next lines.
            for (int i = 0; i < word.length(); ) {
                int end = word.offsetByCodePoints(i, 1);
                while (end < word.length() && width(word.substring(i, word.offsetByCodePoints(end, 1))) <= width) {
                    end = word.offsetByCodePoints(end, 1);
                }
                String piece = word.substring(i, end);
                if (end < word.length()) {
                    lines.add(piece);
                } else {
                    line.append(piece);
                }
                i = end;
            }
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The estimated width of {@code text}, in chart units. */
    static double width(String text) {
        double em = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            em += em(c);
            i += Character.charCount(c);
        }
        return em * FONT_SIZE;
    }

    /** Rather more than the width of the character in a sans-serif font, in ems. */
    private static double em(int c) {
        if ("iljtfrI.,;:'!|()[] ".indexOf(c) >= 0) {
            return 0.36;
        }
        if (c == 'm' || c == 'w' || c == 'M' || c == 'W' || c == '@') {
            return 0.95;
        }
        if (Character.isUpperCase(c)) {
            return 0.75;
        }
        if (Character.isDigit(c) || Character.isLowerCase(c)) {
            return 0.6;
        }
        return 0.8;
    }
}
