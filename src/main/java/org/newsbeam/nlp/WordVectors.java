package org.newsbeam.nlp;

import edu.stanford.nlp.io.IOUtils;
import edu.stanford.nlp.neural.Embedding;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ejml.simple.SimpleMatrix;

/**
 * Word vectors from CoreNLP's models jar (the 50-dimensional embeddings its neural coreference
 * reads, lowercase words tokenized as CoreNLP tokenizes them), loaded once per JVM. A span of words
 * is summarized by the mean of the vectors of the words that have one: words of like meaning lie
 * near each other, so a model fitted on a few thousand quotes generalizes past the words it saw.
 */
public final class WordVectors {
  private static final String RESOURCE =
      "edu/stanford/nlp/models/coref/neural/english-embeddings.ser.gz";
  private static volatile WordVectors instance;

  private final Map<String, float[]> vectors;
  private final int dimensions;

  WordVectors(Map<String, float[]> vectors, int dimensions) {
    this.vectors = vectors;
    this.dimensions = dimensions;
  }

  /** The vectors shipped with CoreNLP's models. */
  public static WordVectors get() {
    if (instance == null) {
      synchronized (WordVectors.class) {
        if (instance == null) {
          instance = load();
        }
      }
    }
    return instance;
  }

  public int dimensions() {
    return dimensions;
  }

  /** Whether the word (in lowercase) has a vector. */
  public boolean has(String word) {
    return vectors.containsKey(word.toLowerCase(Locale.ROOT));
  }

  /** The mean vector of the words that have one; zeros if none has. */
  public double[] mean(List<String> words) {
    double[] sum = new double[dimensions];
    int n = 0;
    for (String word : words) {
      float[] v = vectors.get(word.toLowerCase(Locale.ROOT));
      if (v == null) {
        continue;
      }
      for (int i = 0; i < dimensions; i++) {
        sum[i] += v[i];
      }
      n++;
    }
    if (n > 0) {
      for (int i = 0; i < dimensions; i++) {
        sum[i] /= n;
      }
    }
    return sum;
  }

  private static WordVectors load() {
    Embedding embedding;
    try {
      embedding = IOUtils.readObjectFromURLOrClasspathOrFileSystem(RESOURCE);
    } catch (Exception e) {
      throw new ModelsUnavailableException("cannot load CoreNLP's word vectors " + RESOURCE, e);
    }
    int dimensions = embedding.getEmbeddingSize();
    // Kept as floats, without CoreNLP's matrix objects: a fifth of the memory.
    Map<String, float[]> vectors = new HashMap<>(embedding.size() * 2);
    for (Map.Entry<String, SimpleMatrix> e : embedding.entrySet()) {
      SimpleMatrix m = e.getValue();
      float[] v = new float[dimensions];
      for (int i = 0; i < dimensions; i++) {
        v[i] = (float) m.get(i);
      }
      vectors.put(e.getKey(), v);
    }
    return new WordVectors(vectors, dimensions);
  }
}
