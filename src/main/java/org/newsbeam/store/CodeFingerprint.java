package org.newsbeam.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A fingerprint of newsbeam's own code and data: every class and resource under {@code
 * org/newsbeam/}, read from the directory or jar this class was loaded from. What newsbeam derives
 * from stored annotations (each article's report) is kept under it, so a rebuilt newsbeam that
 * computes anything differently never reuses an older version's results. The versions of the
 * libraries that shape a report (Beam, CoreNLP, Commons CSV, ONNX Runtime) are in {@code
 * versions.properties}, one of those resources.
 */
public final class CodeFingerprint {
  private static final String PACKAGE = "org/newsbeam/";
  private static final Optional<String> OF_THIS_BUILD = compute();

  private CodeFingerprint() {}

  /** Twelve hex digits, or empty when the code cannot be read back (then nothing is reused). */
  public static Optional<String> ofThisBuild() {
    return OF_THIS_BUILD;
  }

  private static Optional<String> compute() {
    try {
      CodeSource source = CodeFingerprint.class.getProtectionDomain().getCodeSource();
      if (source == null) {
        return Optional.empty();
      }
      Path location = Path.of(source.getLocation().toURI());
      Map<String, byte[]> files =
          Files.isDirectory(location) ? fromDirectory(location) : fromJar(location);
      if (files.isEmpty()) {
        return Optional.empty();
      }
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      files.forEach(
          (name, bytes) -> {
            sha256.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            sha256.update(bytes);
          });
      return Optional.of(HexFormat.of().formatHex(sha256.digest()).substring(0, 12));
    } catch (IOException | URISyntaxException | RuntimeException | NoSuchAlgorithmException e) {
      return Optional.empty();
    }
  }

  /** Sorted by name, so the fingerprint does not depend on the order files are listed in. */
  private static Map<String, byte[]> fromDirectory(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    Path dir = root.resolve(PACKAGE);
    if (!Files.isDirectory(dir)) {
      return files;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : (Iterable<Path>) paths.filter(Files::isRegularFile)::iterator) {
        files.put(root.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
      }
    }
    return files;
  }

  private static Map<String, byte[]> fromJar(Path jar) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (JarFile file = new JarFile(jar.toFile())) {
      for (JarEntry entry : (Iterable<JarEntry>) file.stream()::iterator) {
        if (entry.getName().startsWith(PACKAGE) && !entry.isDirectory()) {
          try (InputStream in = file.getInputStream(entry)) {
            files.put(entry.getName(), in.readAllBytes());
          }
        }
      }
    }
    return files;
  }
}
