package org.newsbeam;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;

public class RunDefaultsTest {
  @Test
  public void withoutARunnerNewsbeamRunsOnAnEmbeddedFlinkThatReusesObjects() {
    assertEquals(
        List.of("--input=a", "--runner=FlinkRunner", "--objectReuse=true"),
        List.of(Newsbeam.withRunDefaults(new String[] {"--input=a"})));
    assertEquals(
        List.of("--objectReuse=false", "--runner=FlinkRunner"),
        List.of(Newsbeam.withRunDefaults(new String[] {"--objectReuse=false"})));
    assertEquals(
        List.of("--runner=DirectRunner"),
        List.of(Newsbeam.withRunDefaults(new String[] {"--runner=DirectRunner"})));
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
