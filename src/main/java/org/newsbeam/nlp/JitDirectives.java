package org.newsbeam.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.management.JMException;
import javax.management.ObjectName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the JIT compiler's optimizing tier (C2) for CoreNLP: Beam's code, newsbeam's own, Byte
 * Buddy's (Beam's schema code generation) and Java serialization are compiled by the quick tier
 * (C1) only ({@code jit-directives.json}, added to the running JVM as a compiler directive).
 *
 * <p>Why: on two cores the JVM has one C2 compiler thread, and in a newsbeam run it compiled half
 * again as many methods as when CoreNLP runs alone, most of them code that runs briefly: Beam's
 * start-up and its per-bundle bookkeeping, the serialization of steps, and newsbeam's steps after
 * the join, which on the DirectRunner all run after the last annotation. Its CPU came out of the
 * workers'. With the directive, 640 BBC articles took 60.4-61.5 s instead of 67.2-70.4 s (three
 * pairs, alternating), and 2,000 took 145.1 s instead of 151.8 s (one pair), with identical
 * reports; over all 2,225 the difference was within the machine's noise. CoreNLP's own code, where
 * the time goes, is compiled as before.
 *
 * <p>This affects only the JVM it runs in (the DirectRunner's workers are that JVM); a JVM without
 * the diagnostic command runs as is.
 */
public final class JitDirectives {
  private static final Logger LOG = LoggerFactory.getLogger("newsbeam.jit");
  private static final String RESOURCE = "jit-directives.json";

  private JitDirectives() {}

  /** Adds newsbeam's compiler directive to this JVM; logs, and goes on, if it cannot. */
  public static void apply() {
    try {
      Path file = Files.createTempFile("newsbeam-jit", ".json");
      try {
        try (InputStream in = JitDirectives.class.getResourceAsStream(RESOURCE)) {
          Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        String said = diagnosticCommand("compilerDirectivesAdd", file.toString());
        if (said.contains("added")) {
          LOG.debug("JIT: {}", said);
        } else {
          LOG.warn("JIT directive not applied: {}", said);
        }
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException | JMException | RuntimeException e) {
      LOG.warn("JIT directive not applied: {}", e.toString());
    }
  }

  /** Runs one of the JVM's diagnostic commands (as {@code jcmd} would) and returns what it said. */
  static String diagnosticCommand(String command, String... arguments) throws JMException {
    Object said =
        ManagementFactory.getPlatformMBeanServer()
            .invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"),
                command,
                new Object[] {arguments},
                new String[] {String[].class.getName()});
    return String.valueOf(said).trim();
  }
}
