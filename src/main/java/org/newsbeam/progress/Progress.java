package org.newsbeam.progress;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs how many articles this JVM has finished, at most every few seconds and always for the last
 * one. An article is finished when both annotation branches (sentiment and entities) have processed
 * all its sentences, when its annotations were found stored, or when it failed or was a duplicate.
 * The count is kept per JVM: on the DirectRunner it covers the whole run; on a cluster each worker
 * reports what it saw (the engine's own UI shows the job's progress).
 */
public final class Progress {
  private static final Logger LOG = LoggerFactory.getLogger("newsbeam.progress");
  private static final long INTERVAL_NANOS = 5_000_000_000L;

  /** Both branches see every sentence. */
  private static final int BRANCHES = 2;

  private static final AtomicLong EXPECTED = new AtomicLong();
  private static final AtomicLong DONE = new AtomicLong();
  private static final AtomicLong STARTED = new AtomicLong();
  private static final AtomicLong FIRST_DONE = new AtomicLong();
  private static final AtomicLong LAST_DONE = new AtomicLong();
  private static final AtomicLong SPLIT = new AtomicLong();
  private static final AtomicLong ANNOTATIONS_DUE = new AtomicLong();
  private static final AtomicLong ANNOTATIONS_DONE = new AtomicLong();
  private static final AtomicLong LAST_LOG = new AtomicLong(System.nanoTime() - INTERVAL_NANOS);
  private static final Map<String, Pending> PENDING = new ConcurrentHashMap<>();
  private static final AtomicLong SLOWEST_NANOS = new AtomicLong();
  private static volatile String slowestArticle = "";

  /** An article's sentence annotations still to come, and the CoreNLP time it took so far. */
  private static final class Pending {
    final AtomicInteger remaining;
    final AtomicLong nanos;

    Pending(int remaining, long nanos) {
      this.remaining = new AtomicInteger(remaining);
      this.nanos = new AtomicLong(nanos);
    }
  }

  private Progress() {}

  /** A run over {@code files} articles (0 when not known ahead) starts in this JVM. */
  public static void start(long files) {
    STARTED.set(System.nanoTime());
    FIRST_DONE.set(0);
    LAST_DONE.set(0);
    SLOWEST_NANOS.set(0);
    slowestArticle = "";
    EXPECTED.set(files);
    DONE.set(0);
    SPLIT.set(0);
    ANNOTATIONS_DUE.set(0);
    ANNOTATIONS_DONE.set(0);
    PENDING.clear();
  }

  /**
   * The article was split into {@code sentences} sentences (in {@code nanos}), each to be seen by
   * both branches.
   */
  public static void articleSplit(String articleId, int sentences, long nanos) {
    SPLIT.incrementAndGet();
    ANNOTATIONS_DUE.addAndGet((long) BRANCHES * sentences);
    if (sentences == 0) {
      markDone(true);
    } else {
      PENDING.put(articleId, new Pending(BRANCHES * sentences, nanos));
    }
  }

  /** A branch finished {@code sentences} sentences of the article, in {@code nanos}. */
  public static void sentencesDone(String articleId, int sentences, long nanos) {
    ANNOTATIONS_DONE.addAndGet(sentences);
    Pending pending = PENDING.get(articleId);
    if (pending != null) {
      long total = pending.nanos.addAndGet(nanos);
      if (pending.remaining.addAndGet(-sentences) == 0) {
        PENDING.remove(articleId);
        recordTime(articleId, total);
        markDone(true);
      }
    }
    logIfDue();
  }

  /** An article's annotations or report were found stored: it needs no more work in this run. */
  public static void articleReused() {
    markDone(true);
    logIfDue();
  }

  /** An article failed or was a duplicate: it needs no more work in this run. */
  public static void articleDropped() {
    markDone(false);
    logIfDue();
  }

  /**
   * Seconds from the start of the run to its first article annotated or found stored, or -1.
   * Failures and duplicates, which can be done within seconds of the start, do not count.
   */
  public static double secondsToFirstArticle() {
    long first = FIRST_DONE.get();
    return first == 0 ? -1 : (first - STARTED.get()) / 1e9;
  }

  /**
   * Seconds from the start of the run to its last article annotated or found stored, or -1. What
   * comes after is the steps that wait for every article: on the DirectRunner the join and all that
   * follows it, and the reports.
   */
  public static double secondsToLastArticle() {
    long last = LAST_DONE.get();
    return last == 0 ? -1 : (last - STARTED.get()) / 1e9;
  }

  private static synchronized void recordTime(String articleId, long nanos) {
    if (nanos > SLOWEST_NANOS.get()) {
      SLOWEST_NANOS.set(nanos);
      slowestArticle = articleId;
    }
  }

  /**
   * The article that took the most CoreNLP time (splitting and both branches, summed) in this JVM,
   * as "id (12.3 s)", or empty.
   */
  public static String slowestArticle() {
    long nanos = SLOWEST_NANOS.get();
    return nanos == 0 ? "" : String.format(Locale.ROOT, "%s (%.1f s)", slowestArticle, nanos / 1e9);
  }

  private static void markDone(boolean withResult) {
    DONE.incrementAndGet();
    if (withResult) {
      long now = System.nanoTime();
      FIRST_DONE.compareAndSet(0, now);
      LAST_DONE.accumulateAndGet(now, Math::max);
    }
  }

  private static void logIfDue() {
    long expected = EXPECTED.get();
    long done = DONE.get();
    long now = System.nanoTime();
    long last = LAST_LOG.get();
    boolean due = now - last >= INTERVAL_NANOS && LAST_LOG.compareAndSet(last, now);
    boolean finished = expected > 0 && done == expected;
    if (!(due || finished)) {
      return;
    }
    long annotationsDue = ANNOTATIONS_DUE.get();
    long annotationsDone = ANNOTATIONS_DONE.get();
    String total = expected > 0 ? " of " + expected : "";
    LOG.info(
        "{}{} articles done; {} split; sentence annotations {} of {} ({}%)",
        done,
        total,
        SPLIT.get(),
        annotationsDone,
        annotationsDue,
        annotationsDue == 0 ? 100 : 100 * annotationsDone / annotationsDue);
  }
}
