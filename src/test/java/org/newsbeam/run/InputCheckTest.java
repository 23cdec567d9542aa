package org.newsbeam.run;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.newsbeam.NewsbeamOptions;

public class InputCheckTest {
  @Rule public final TemporaryFolder folder = new TemporaryFolder();

  private static NewsbeamOptions options(String... args) {
    return PipelineOptionsFactory.fromArgs(args).as(NewsbeamOptions.class);
  }

  private String messageFor(String... args) {
    return assertThrows(InputCheck.UsageException.class, () -> InputCheck.check(options(args)))
        .getMessage();
  }

  @Test
  public void countsTheMatchedFiles() throws Exception {
    File dir = folder.newFolder("in");
    Files.writeString(dir.toPath().resolve("a.txt"), "A\n\nB.");
    Files.writeString(dir.toPath().resolve("b.txt"), "A\n\nC.");
    InputCheck.Result result =
        InputCheck.check(
            options("--input=" + dir + "/*.txt", "--output=" + folder.newFolder("out")));
    assertEquals(2, result.files());
  }

  @Test
  public void aMissingFolderOrAnEmptyMatchIsAOneLineError() throws IOException {
    String out = "--output=" + folder.newFolder("out");
    String missing = messageFor("--input=" + folder.getRoot() + "/nowhere/*.txt", out);
    assertTrue(missing, missing.startsWith("no input files match"));
    String empty = messageFor("--input=" + folder.newFolder("empty") + "/*.txt", out);
    assertTrue(empty, empty.startsWith("no input files match"));
    assertTrue(!empty.contains("\n"));
  }

  @Test
  public void anUnwritableOutputIsAOneLineError() throws IOException {
    File dir = folder.newFolder("in");
    Files.writeString(dir.toPath().resolve("a.txt"), "A\n\nB.");
    File notADirectory = folder.newFile("plain-file");
    String message =
        messageFor("--input=" + dir + "/*.txt", "--output=" + notADirectory + "/reports");
    assertTrue(message, message.startsWith("cannot write to output directory"));
  }

  @Test
  public void reportsOfOtherInputAreNotReplacedWithoutOverwrite() throws Exception {
    File in = folder.newFolder("in");
    Files.writeString(in.toPath().resolve("a.txt"), "A\n\nB.");
    File out = folder.newFolder("out");
    Files.writeString(
        out.toPath().resolve("articles.csv"), "article,file\nold,elsewhere/old.txt\n");
    String message = messageFor("--input=" + in + "/*.txt", "--output=" + out);
    assertTrue(message, message.contains("holds the reports of other input"));
    assertTrue(message, message.contains("elsewhere/old.txt"));
    InputCheck.check(options("--input=" + in + "/*.txt", "--output=" + out, "--overwrite=true"));
    // reports of the same files (a rerun, a growing folder) are replaced without a word
    String source = in.toPath().resolve("a.txt").toString();
    Files.writeString(out.toPath().resolve("articles.csv"), "article,file\na," + source + "\n");
    InputCheck.check(options("--input=" + in + "/*.txt", "--output=" + out));
  }

  @Test
  public void anUnknownAttributorIsAOneLineError() {
    assertTrue(messageFor("--attributor=magic").contains("unknown attributor 'magic'"));
  }
}
