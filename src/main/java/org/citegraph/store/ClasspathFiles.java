package org.citegraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Reads resources from the classpath, and lists the files directly inside a classpath folder: the
 * query library's loader, also used by the server for its templates, static files and ontologies.
 */
public final class ClasspathFiles {

    private ClasspathFiles() {}

    /** The text of a classpath resource, or null when there is none. */
    public static String readOrNull(String path) {
        byte[] bytes = bytesOrNull(path);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    /** The bytes of a classpath resource, or null when there is none. */
    public static byte[] bytesOrNull(String path) {
        try (InputStream in = ClasspathFiles.class.getClassLoader().getResourceAsStream(strip(path))) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classpath resource " + path, e);
        }
    }

    /** The text of a classpath resource that must be there. */
    public static String read(String path) {
        String text = readOrNull(path);
        if (text == null) throw new IllegalStateException("missing classpath resource " + path);
        return text;
    }

    /**
     * Names of the files directly inside {@code folder} (not in sub-folders) that end with
     * {@code suffix}, merged over every classpath entry that has such a folder (a jar, or the
     * main and test output folders when running tests), sorted.
     */
    public static SortedSet<String> list(String folder, String suffix) {
        String dir = strip(folder);
        if (!dir.endsWith("/")) dir = dir + "/";
        SortedSet<String> names = new TreeSet<>();
        try {
            Enumeration<URL> roots = ClasspathFiles.class.getClassLoader().getResources(dir.substring(0, dir.length() - 1));
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                if (root.getProtocol().equals("file")) listFolder(Path.of(root.toURI()), suffix, names);
                else if (root.getProtocol().equals("jar")) listJar(root, dir, suffix, names);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list classpath folder " + folder, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot list classpath folder " + folder, e);
        }
        return names;
    }

    private static void listFolder(Path folder, String suffix, SortedSet<String> names) throws IOException {
        if (!Files.isDirectory(folder)) return;
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(Files::isRegularFile)
                 .map(p -> p.getFileName().toString())
                 .filter(n -> n.endsWith(suffix))
                 .forEach(names::add);
        }
    }

    private static void listJar(URL root, String dir, String suffix, SortedSet<String> names) throws IOException {
        JarURLConnection connection = (JarURLConnection) root.openConnection();
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
            for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                String entry = entries.nextElement().getName();
                if (!entry.startsWith(dir) || entry.endsWith("/")) continue;
                String rest = entry.substring(dir.length());
                if (!rest.contains("/") && rest.endsWith(suffix)) names.add(rest);
            }
        }
    }

    private static String strip(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
