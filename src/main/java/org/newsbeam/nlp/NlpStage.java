package org.newsbeam.nlp;

import java.util.List;
import java.util.Properties;

/**
 * The CoreNLP configurations newsbeam uses, one per stage of the graph. Each annotator runs in
 * exactly one stage, so no text is ever tagged, parsed or NER-tagged twice: POS tags are computed
 * once while splitting (SPLIT then TAG) and travel with the tokens to the sentiment and entity
 * stages.
 */
public enum NlpStage {
  /** tokenize, ssplit: sentences of tokens. */
  SPLIT("tokenize,ssplit"),
  /** pos over split (and repaired) tokens. */
  TAG("pos"),
  /** parse (shift-reduce), sentiment over tagged tokens: phrase-level sentiment trees. */
  SENTIMENT("parse,sentiment"),
  /** lemma, fine-grained ner over tagged tokens: entity mentions. */
  ENTITIES("lemma,ner"),
  /**
   * CoreNLP's own quote finder and attributor with everything it needs, over raw text: only the
   * baseline the quote evaluation compares newsbeam's attribution with, never the pipeline.
   */
  QUOTE_BASELINE("tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");

  /** The stages whose output is an article's annotations (and is stored between runs). */
  public static final List<NlpStage> ANNOTATION_STAGES = List.of(SPLIT, TAG, SENTIMENT, ENTITIES);

  /**
   * Sentences longer than this many tokens are not parsed for sentiment (the shift-reduce parser's
   * cost grows with length; a run-on "sentence" of 3,000 tokens would otherwise stall a worker).
   * News sentences are rarely over 80 tokens.
   */
  public static final int MAX_PARSE_TOKENS = 120;

  /** Sentences longer than this are not NER-tagged (their tokens get no entity). */
  public static final int MAX_NER_TOKENS = 300;

  /** Sentences longer than this are not POS-tagged by the tagger (tokens get tag "X"). */
  public static final int MAX_POS_TOKENS = 500;

  private final String annotators;

  NlpStage(String annotators) {
    this.annotators = annotators;
  }

  /**
   * What CoreNLP is built with for this stage: {@link #properties}, with the fine-grained NER's
   * gazetteers rewritten to match faster ({@link FineGrainedGazetteers}). The rewrite changes no
   * annotation, so it is not part of {@link #properties}, which stored annotations are keyed by.
   */
  public Properties pipelineProperties() {
    Properties p = properties();
    if (this == ENTITIES) {
      p.setProperty("ner.fine.regexner.mapping", FineGrainedGazetteers.mappingSetting());
    }
    return p;
  }

  /** The complete CoreNLP configuration of this stage, limits included. */
  public Properties properties() {
    Properties p = new Properties();
    p.setProperty("annotators", annotators);
    if (this != QUOTE_BASELINE) {
      // Stages after SPLIT receive tokens that SPLIT already tagged.
      p.setProperty("enforceRequirements", "false");
    }
    switch (this) {
      case SPLIT -> {
        p.setProperty("tokenize.language", "en");
        // A line break ends a sentence: headlines, captions, bylines and paragraphs without a
        // final stop. Scraped news has one paragraph per line (hard-wrapped text would not).
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
      }
      case TAG -> p.setProperty("pos.maxlen", Integer.toString(MAX_POS_TOKENS));
      case SENTIMENT -> {
        p.setProperty("parse.model", "edu/stanford/nlp/models/srparser/englishSR.ser.gz");
        p.setProperty("parse.binaryTrees", "true");
        p.setProperty("parse.maxlen", Integer.toString(MAX_PARSE_TOKENS));
        // The parser would also derive three dependency graphs from every tree (a third of its
        // time on news); sentiment reads only the binarized tree.
        p.setProperty("parse.buildgraphs", "false");
      }
      case QUOTE_BASELINE -> p.setProperty("ssplit.newlineIsSentenceBreak", "always");
      case ENTITIES -> {
        // The reports need people, organizations and places (made fine-grained: COUNTRY, CITY,
        // NATIONALITY, TITLE, ... by CoreNLP's rules). One CRF model tags those; the default's
        // two others only add dates, money and MISC, at 40% more time.
        p.setProperty(
            "ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyFineGrained", "true");
        p.setProperty("ner.buildEntityMentions", "true");
        p.setProperty("ner.maxlen", Integer.toString(MAX_NER_TOKENS));
      }
    }
    return p;
  }
}
