package org.newsbeam.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsbeam.model.Quote;
import org.newsbeam.model.Sentence;
import org.newsbeam.model.SentenceSentiment;
import org.newsbeam.model.Tone;

/**
 * The tone of what a quote says: negative (attacks, blame, warnings, complaints), neutral (reports,
 * procedure) or positive (praise, support, confidence). Two models fitted on quotes of political
 * news read by hand ({@code scripts/quote-tone/encoder.py}, {@code FitQuoteTone}) each give the
 * three probabilities, and the tone is their mean: a {@link QuoteEncoder} that reads the quoted
 * words in order, and a {@link HiddenLayerModel} over what CoreNLP and the lexicon make of them
 * ({@link QuoteToneFeatures}). Both are loaded once per JVM.
 */
public final class QuoteTone {
  private static final String FEATURE_MODEL = "/org/newsbeam/sentiment/quote-tone-model.tsv";
  private static volatile QuoteTone instance;

  private final HiddenLayerModel featureModel;
  private final QuoteEncoder encoder;

  private QuoteTone(HiddenLayerModel featureModel, QuoteEncoder encoder) {
    this.featureModel = featureModel;
    this.encoder = encoder;
  }

  /** The models shipped with newsbeam. */
  public static QuoteTone get() {
    if (instance == null) {
      synchronized (QuoteTone.class) {
        if (instance == null) {
          instance =
              new QuoteTone(
                  HiddenLayerModel.read(FEATURE_MODEL, QuoteToneFeatures.keys()),
                  QuoteEncoder.load());
        }
      }
    }
    return instance;
  }

  /**
   * The tone of each of an article's quotes, in order; empty for a quote without a word (only
   * punctuation).
   */
  public List<Optional<Tone>> of(
      List<Quote> quotes,
      String text,
      List<Sentence> sentences,
      List<SentenceSentiment> sentiments) {
    List<Optional<Tone>> tones = new ArrayList<>(quotes.size());
    for (Quote quote : quotes) {
      QuoteToneFeatures.Values values =
          QuoteToneFeatures.of(quote.begin, quote.end, sentences, sentiments);
      if (values.wordCount() == 0) {
        tones.add(Optional.empty());
        continue;
      }
      double[] read = encoder.probabilities(text.substring(quote.begin, quote.end));
      tones.add(Optional.of(Tone.of(mean(read, featureModel.probabilities(values.dense())))));
    }
    return tones;
  }

  /** The feature model's probabilities alone: what {@code FitQuoteTone} fits. */
  public Tone fromFeatures(QuoteToneFeatures.Values features) {
    return Tone.of(featureModel.probabilities(features.dense()));
  }

  private static double[] mean(double[] a, double[] b) {
    double[] m = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      m[i] = (a[i] + b[i]) / 2;
    }
    return m;
  }
}
