package org.newsbeam.read;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.Test;

public class ArticleDecoderTest {
  private final ArticleDecoder decoder = new ArticleDecoder(50);

  @Test
  public void decodesUtf8() throws Exception {
    ArticleDecoder.Decoded d =
        decoder.decode("Caf\u00E9 \u201Cnews\u201D".getBytes(StandardCharsets.UTF_8));
    assertEquals("Caf\u00E9 \u201Cnews\u201D", d.text());
    assertEquals("UTF-8", d.charset());
  }

  @Test
  public void fallsBackToWindows1252ForLegacyText() throws Exception {
    byte[] latin = "Caf\u00E9 \u201Cnews\u201D".getBytes(Charset.forName("windows-1252"));
    ArticleDecoder.Decoded d = decoder.decode(latin);
    assertEquals("Caf\u00E9 \u201Cnews\u201D", d.text());
    assertEquals("windows-1252", d.charset());
  }

  @Test
  public void rejectsWhatIsNotAnArticleWithAReasonAPersonUnderstands() {
    Object[][] cases = {
      {new byte[0], "empty file"},
      {" \n\t \n".getBytes(StandardCharsets.UTF_8), "only whitespace"},
      {new byte[] {'a', 0, 'b'}, "NUL bytes"},
      {"%PDF-1.4 text".getBytes(StandardCharsets.US_ASCII), "PDF"},
      {"x".repeat(51).getBytes(StandardCharsets.US_ASCII), "over the limit of 50"},
    };
    for (Object[] c : cases) {
      ArticleDecoder.RejectedException e =
          assertThrows(ArticleDecoder.RejectedException.class, () -> decoder.decode((byte[]) c[0]));
      assertTrue(e.getMessage(), e.getMessage().contains((String) c[1]));
    }
  }

  @Test
  public void articleIdIsTheFileNameWithoutExtension() {
    assertEquals("bbc_001", ArticleDecoder.articleId("bbc_001.txt"));
    assertEquals("notes.v2", ArticleDecoder.articleId("notes.v2.txt"));
    assertEquals("README", ArticleDecoder.articleId("README"));
    assertEquals(".hidden", ArticleDecoder.articleId(".hidden"));
  }
}
