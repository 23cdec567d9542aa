package org.newsbeam;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;

public class RunDefaultsTest {
  @Test
  public void theDirectRunnersChecksAreOffUnlessAskedFor() {
    assertEquals(
        List.of("--input=a", "--enforceImmutability=false", "--enforceEncodability=false"),
        List.of(Newsbeam.withRunDefaults(new String[] {"--input=a"})));
    assertEquals(
        List.of("--enforceImmutability=true", "--enforceEncodability=false"),
        List.of(Newsbeam.withRunDefaults(new String[] {"--enforceImmutability=true"})));
  }

  @Test
  public void sparkCachesSerializedAndSpillsUnlessToldOtherwise() {
    List<String> spark = List.of(Newsbeam.withRunDefaults(new String[] {"--runner=SparkRunner"}));
    assertEquals("--storageLevel=MEMORY_AND_DISK_SER", spark.get(spark.size() - 1));
    List<String> chosen =
        List.of(
            Newsbeam.withRunDefaults(
                new String[] {"--runner=SparkRunner", "--storageLevel=MEMORY_ONLY"}));
    assertEquals(1, chosen.stream().filter(a -> a.startsWith("--storageLevel=")).count());
    assertEquals(
        0,
        List.of(Newsbeam.withRunDefaults(new String[] {"--runner=FlinkRunner"})).stream()
            .filter(a -> a.startsWith("--storageLevel="))
            .count());
  }
}
