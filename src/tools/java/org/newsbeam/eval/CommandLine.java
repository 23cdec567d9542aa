package org.newsbeam.eval;

import java.nio.file.Files;
import java.nio.file.Path;

/** Options of the evaluation and benchmark commands: {@code --name=value}. */
public final class CommandLine {
  private CommandLine() {}

  /** The value of {@code --name=value} among {@code args}, or the default. */
  public static String option(String[] args, String name, String defaultValue) {
    for (String arg : args) {
      if (arg.startsWith("--" + name + "=")) {
        return arg.substring(name.length() + 3);
      }
    }
    return defaultValue;
  }

  /** The number given as {@code --name=n} among {@code args}, or the default. */
  public static int intOption(String[] args, String name, int defaultValue) {
    return Integer.parseInt(option(args, name, Integer.toString(defaultValue)));
  }

  /** {@code --threads=n}, by default the machine's cores. */
  public static int threads(String[] args) {
    return intOption(args, "threads", Runtime.getRuntime().availableProcessors());
  }

  /**
   * Stops the command with a one-line message (exit status 2) when the data it needs, kept beside
   * the project in ../shared, is not there.
   */
  public static void requireData(String command, String what, Path path) {
    if (!Files.exists(path)) {
      System.err.println(command + ": no " + what + " at " + path + " (is ../shared present?)");
      System.exit(2);
    }
  }
}
