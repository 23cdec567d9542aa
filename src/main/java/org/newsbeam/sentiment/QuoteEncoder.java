package org.newsbeam.sentiment;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Map;
import org.newsbeam.nlp.ModelsUnavailableException;

/**
 * A small transformer that reads a quote's words in order and gives the probabilities of its tone
 * (negative, neutral, positive): the first three layers of the all-MiniLM-L6-v2 sentence encoder,
 * fine-tuned on quotes read by hand (data/quote-tone) and stored with 8-bit weights. It runs in
 * ONNX Runtime on the calling thread, so that it does not compete with the runner's own threads.
 */
record QuoteEncoder(OrtEnvironment environment, OrtSession session, WordPieces pieces) {
  private static final String MODEL = "/org/newsbeam/sentiment/quote-tone-encoder.onnx";
  private static final String VOCABULARY = "/org/newsbeam/sentiment/quote-tone-vocab.txt";

  /** Pieces read of a quote with its two markers, as in training: all of most quotes. */
  static final int MAX_PIECES = 64;

  static QuoteEncoder load() {
    try (InputStream in = QuoteEncoder.class.getResourceAsStream(MODEL);
        OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      if (in == null) {
        throw new ModelsUnavailableException("the quote-tone model " + MODEL + " is missing", null);
      }
      byte[] model = in.readAllBytes();
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      OrtEnvironment environment = OrtEnvironment.getEnvironment();
      return new QuoteEncoder(
          environment, environment.createSession(model, options), WordPieces.read(VOCABULARY));
    } catch (IOException | OrtException | UnsatisfiedLinkError e) {
      throw new ModelsUnavailableException(
          "cannot load the quote-tone model " + MODEL + ": " + e.getMessage(), e);
    }
  }

  /**
   * The tone probabilities of a quote's words. One quote a run: the 8-bit products scale their
   * inputs over the whole batch, so in a batch a quote's tone would move with its neighbours.
   */
  double[] probabilities(String words) {
    long[][] ids = {pieces.encode(words, MAX_PIECES)};
    long[][] mask = new long[1][ids[0].length];
    Arrays.fill(mask[0], 1L);
    try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, ids);
        OnnxTensor maskTensor = OnnxTensor.createTensor(environment, mask);
        OrtSession.Result result =
            session.run(Map.of("input_ids", idTensor, "attention_mask", maskTensor))) {
      float[] p = ((float[][]) result.get(0).getValue())[0];
      // Single-precision sums miss 1 by a few parts in 10^8: renormalized as doubles.
      double sum = (double) p[0] + p[1] + p[2];
      return new double[] {p[0] / sum, p[1] / sum, p[2] / sum};
    } catch (OrtException e) {
      throw new IllegalStateException("the quote-tone model failed: " + e.getMessage(), e);
    }
  }
}
