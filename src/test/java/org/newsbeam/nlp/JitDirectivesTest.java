package org.newsbeam.nlp;

import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class JitDirectivesTest {
  @Test
  public void theDirectiveReachesTheJvmAndKeepsC2ForCoreNlpOnly() throws Exception {
    JitDirectives.apply();
    String directives = JitDirectives.diagnosticCommand("compilerDirectivesPrint");
    assertTrue(directives, directives.contains("org/apache/beam/*.*"));
    assertTrue(directives, directives.contains("org/newsbeam/*.*"));
    assertTrue(directives, directives.contains("c2 directives:"));
    // CoreNLP must keep the optimizing compiler: no pattern may match its classes.
    assertTrue(directives, !directives.contains("edu/"));
  }
}
