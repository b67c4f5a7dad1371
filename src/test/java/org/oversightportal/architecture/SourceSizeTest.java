package org.oversightportal.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Small units: no source file of the portal over 400 lines and no method over 60, so that a newcomer can read one
 * unit at a time. Counted on src/main/java as written (the project's formatting: a method's closing brace is at its
 * declaration's indentation). There is no generated code in src/main/java.
 */
class SourceSizeTest {

    static final int MAX_FILE_LINES = 400;
    static final int MAX_METHOD_LINES = 60;

    /** A method or constructor declaration: modifiers, a type, a name and its parameters (not a statement). */
    static final Pattern DECLARATION = Pattern.compile("^(\\s+)(?=\\S)(?!(?:if|for|while|switch|catch|try|else|"
            + "synchronized|return|new|do|throw)\\b)(?:@\\w+(?:\\([^)]*\\))?\\s+)*(?:(?:public|private|protected|static"
            + "|final|abstract|default|synchronized)\\s+)*(?:<[^>]+>\\s+)?(?:[\\w.<>\\[\\], ?]+\\s+)?(\\w+)\\s*\\([^;]*$");

    static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    @Test
    void noSourceFileIsLongerThan400Lines() throws IOException {
        List<String> long_ = new ArrayList<>();
        for (Path file : sources()) {
            int lines = Files.readAllLines(file).size();
            if (lines > MAX_FILE_LINES) {
                long_.add(file + ": " + lines + " lines");
            }
        }
        assertThat(sources()).hasSizeGreaterThan(100);
        assertThat(long_).isEmpty();
    }

    @Test
    void noMethodIsLongerThan60Lines() throws IOException {
        List<String> long_ = new ArrayList<>();
        int methods = 0;
        for (Path file : sources()) {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = DECLARATION.matcher(lines.get(i));
                if (!m.matches() || lines.get(i).matches(".*\\b(class|record|enum|interface)\\b.*")
                        || lines.get(i).split("\\(")[0].contains("=")) {
                    continue;
                }
                int open = i;
                while (open < lines.size() && !lines.get(open).stripTrailing().endsWith("{")
                        && !lines.get(open).stripTrailing().endsWith(";")) {
                    open++;
                }
                if (open == lines.size() || !lines.get(open).stripTrailing().endsWith("{")) {
                    continue;
                }
                String close = m.group(1) + "}";
                int end = open + 1;
                while (end < lines.size() && !lines.get(end).equals(close)) {
                    end++;
                }
                methods++;
                if (end - i + 1 > MAX_METHOD_LINES) {
                    long_.add(file + ":" + (i + 1) + " " + m.group(2) + ", " + (end - i + 1) + " lines");
                }
                i = open;
            }
        }
        assertThat(methods).as("methods found").isGreaterThan(600);
        assertThat(long_).isEmpty();
    }
}
