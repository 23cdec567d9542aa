package org.newsbeam.run;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs newsbeam again in a JVM of its own, with the project's JVM options ({@code .mvn/jvm.config})
 * and the class path it was loaded from. {@code mvn exec:java} runs it inside Maven's JVM, under a
 * class loader of Maven's: embedded Flink resolves the job's classes through the system class
 * loader, which does not hold them there.
 */
public final class OwnJvm {
  private OwnJvm() {}

  /**
   * Whether this code runs inside Maven's JVM (exec:java). Only there: a Flink cluster also loads
   * the job under a class loader of its own, and must run it where it is.
   */
  public static boolean isNeeded(Class<?> main) {
    return System.getProperty("classworlds.conf") != null
        && main.getClassLoader() != ClassLoader.getSystemClassLoader();
  }

  /** Runs {@code main} with {@code args} in a new JVM; returns its exit status. */
  public static int run(Class<?> main, String[] args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    Path options = Path.of(".mvn", "jvm.config");
    if (Files.isRegularFile(options)) {
      for (String option : Files.readString(options).trim().split("\\s+")) {
        if (!option.isEmpty()) {
          command.add(option);
        }
      }
    }
    command.add("-cp");
    command.add(classPath(main));
    command.add(main.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command).inheritIO().start().waitFor();
  }

  /**
   * The class path {@code main} was loaded from: the JVM's own, or under Maven the entries its
   * class loader was given (the project's, not Maven's).
   */
  public static String classPath(Class<?> main) throws IOException {
    ClassLoader loader = main.getClassLoader();
    if (loader == ClassLoader.getSystemClassLoader()) {
      return System.getProperty("java.class.path");
    }
    if (!(loader instanceof URLClassLoader urls)) {
      throw new IOException("cannot read the class path of " + loader);
    }
    Set<String> entries = new LinkedHashSet<>();
    for (URL url : urls.getURLs()) {
      if (url.getProtocol().equals("file")) {
        entries.add(new File(url.getPath()).getPath());
      }
    }
    return String.join(File.pathSeparator, entries);
  }
}
