package org.newsbeam.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of an input file into article text, or says in plain words why it cannot. Text is
 * UTF-8 when it decodes as UTF-8 (a leading byte order mark removed); otherwise it is read as
 * Windows-1252 (a superset of Latin-1 used by most legacy news exports). The decoding used is
 * reported (articles.csv) so a user can see what was done.
 */
public final class ArticleDecoder {
  /** The decoded text and the charset it was read with. */
  public record Decoded(String text, String charset) {}

  /** Why a file is not an article; {@link #reason} is meant for a person. */
  public static final class RejectedException extends Exception {
    public RejectedException(String reason) {
      super(reason);
    }
  }

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private final int maxChars;

  public ArticleDecoder(int maxChars) {
    this.maxChars = maxChars;
  }

  /**
   * The most bytes a file within the limit can have: UTF-8 takes at most 3 bytes per Java char (a
   * 4-byte character is 2 chars), plus a byte order mark. Reading stops there, so a huge file never
   * fills the heap.
   */
  public long maxBytes() {
    return Math.min(3L * maxChars + 3, Integer.MAX_VALUE - 16);
  }

  /** A file longer than {@link #maxBytes}, whose text is therefore over the limit. */
  public RejectedException tooManyBytes() {
    return new RejectedException(
        "too long: over "
            + maxBytes()
            + " bytes, more than "
            + maxChars
            + " characters can take (--maxArticleChars)");
  }

  public Decoded decode(byte[] bytes) throws RejectedException {
    if (bytes.length == 0) {
      throw new RejectedException("empty file");
    }
    if (looksBinary(bytes)) {
      throw new RejectedException("binary file, not text (" + binaryKind(bytes) + ")");
    }
    Decoded decoded = decodeText(bytes);
    if (decoded.text().isBlank()) {
      throw new RejectedException("no text: the file holds only whitespace");
    }
    if (decoded.text().length() > maxChars) {
      throw new RejectedException(
          "too long: "
              + decoded.text().length()
              + " characters, over the limit of "
              + maxChars
              + " (--maxArticleChars)");
    }
    return decoded;
  }

  private static Decoded decodeText(byte[] bytes) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      if (text.startsWith("\uFEFF")) {
        // A byte order mark is not part of the text: it would start the title.
        return new Decoded(text.substring(1), "UTF-8, byte order mark removed");
      }
      return new Decoded(text, "UTF-8");
    } catch (CharacterCodingException notUtf8) {
      return new Decoded(new String(bytes, WINDOWS_1252), "windows-1252");
    }
  }

  /** NUL bytes never occur in text files; a PDF or other document format starts with a magic. */
  private static boolean looksBinary(byte[] bytes) {
    int inspected = Math.min(bytes.length, 8192);
    for (int i = 0; i < inspected; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return startsWith(bytes, "%PDF") || startsWith(bytes, "PK\u0003\u0004");
  }

  private static String binaryKind(byte[] bytes) {
    if (startsWith(bytes, "%PDF")) {
      return "a PDF document";
    }
    if (startsWith(bytes, "PK\u0003\u0004")) {
      return "a ZIP archive or office document";
    }
    return "contains NUL bytes";
  }

  private static boolean startsWith(byte[] bytes, String magic) {
    if (bytes.length < magic.length()) {
      return false;
    }
    for (int i = 0; i < magic.length(); i++) {
      if (bytes[i] != (byte) magic.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** The article id: the file name without its extension. */
  public static String articleId(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }
}
