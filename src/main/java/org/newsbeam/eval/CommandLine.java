package org.newsbeam.eval;

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
}
