package org.oversightportal.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Reads the message files ({@code messages/<bundle>_<lang>.properties}) of every feature as plain properties, for
 * code that needs a text outside a page: the OpenAPI document's descriptions, the data dictionary file, and the
 * set of keys the forms label their fields with. The bundles are found by listing the folder (on disk in
 * development and tests, inside the application jar in production), so a new feature's bundle needs no entry here.
 */
public final class MessageFiles {

    /** Every key of every bundle's English file. */
    private static volatile Set<String> englishKeys;

    private MessageFiles() {
    }

    /** One bundle's texts in one language, e.g. {@code load("dfu", "en")}. */
    public static Properties load(String bundle, String lang) {
        Properties p = new Properties();
        String path = "messages/" + bundle + "_" + lang + ".properties";
        try (InputStream in = MessageFiles.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("No message file " + path);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** The English texts of every bundle, in one set of properties (keys are unique across bundles). */
    public static Properties english() {
        Properties all = new Properties();
        for (String bundle : bundles()) {
            all.putAll(load(bundle, "en"));
        }
        return all;
    }

    /** Every key any bundle has. */
    public static Set<String> englishKeys() {
        Set<String> keys = englishKeys;
        if (keys == null) {
            keys = Collections.unmodifiableSet(new TreeSet<>(english().stringPropertyNames()));
            englishKeys = keys;
        }
        return keys;
    }

    /** The names of the bundles, from the English files in {@code messages/}. */
    public static Set<String> bundles() {
        // The shell's bundle is always there; its location says where the folder is.
        URL known = MessageFiles.class.getClassLoader().getResource("messages/msg_en.properties");
        if (known == null) {
            throw new IllegalStateException("No messages/msg_en.properties on the class path");
        }
        Set<String> names = new TreeSet<>();
        try {
            if ("jar".equals(known.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) known.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    jar.stream().map(e -> e.getName()).filter(n -> n.startsWith("messages/"))
                            .map(n -> n.substring("messages/".length())).forEach(n -> addBundle(n, names));
                }
            } else {
                try (Stream<Path> files = Files.list(Path.of(known.toURI()).getParent())) {
                    files.map(f -> f.getFileName().toString()).forEach(n -> addBundle(n, names));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }

    private static void addBundle(String fileName, Set<String> names) {
        if (fileName.endsWith("_en.properties") && !fileName.contains("/")) {
            names.add(fileName.substring(0, fileName.length() - "_en.properties".length()));
        }
    }
}
