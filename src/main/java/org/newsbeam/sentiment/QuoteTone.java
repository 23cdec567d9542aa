package org.newsbeam.sentiment;

import java.util.List;
import java.util.Optional;
import org.newsbeam.model.Sentence;
import org.newsbeam.model.SentenceSentiment;
import org.newsbeam.model.Tone;

/**
 * The tone of what a quote says: negative (attacks, blame, warnings, complaints), neutral (reports,
 * procedure) or positive (praise, support, confidence), from the quote's own words ({@link
 * QuoteToneFeatures}) through a {@link HiddenLayerModel} fitted on quotes of political news read by
 * hand ({@code FitQuoteTone}) and read from {@code quote-tone-model.tsv} once per JVM.
 */
public final class QuoteTone {
  private static final String RESOURCE = "/org/newsbeam/sentiment/quote-tone-model.tsv";
  private static volatile QuoteTone instance;

  private final HiddenLayerModel model;

  public QuoteTone(HiddenLayerModel model) {
    this.model = model;
  }

  /** The model shipped with newsbeam. */
  public static QuoteTone get() {
    if (instance == null) {
      synchronized (QuoteTone.class) {
        if (instance == null) {
          instance = new QuoteTone(HiddenLayerModel.read(RESOURCE, QuoteToneFeatures.keys()));
        }
      }
    }
    return instance;
  }

  /**
   * The tone of the quote at character offsets {@code [begin, end)} of an article; empty for a
   * quote without a word (only punctuation).
   */
  public Optional<Tone> of(
      int begin, int end, List<Sentence> sentences, List<SentenceSentiment> sentiments) {
    QuoteToneFeatures.Values features = QuoteToneFeatures.of(begin, end, sentences, sentiments);
    return features.wordCount() == 0 ? Optional.empty() : Optional.of(predict(features));
  }

  public Tone predict(QuoteToneFeatures.Values features) {
    return Tone.of(model.probabilities(features.dense()));
  }
}
