package org.newsbeam.annotations;

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
  private static final AtomicLong SPLIT = new AtomicLong();
  private static final AtomicLong ANNOTATIONS_DUE = new AtomicLong();
  private static final AtomicLong ANNOTATIONS_DONE = new AtomicLong();
  private static final AtomicLong LAST_LOG = new AtomicLong(System.nanoTime() - INTERVAL_NANOS);
  private static final Map<String, AtomicInteger> PENDING = new ConcurrentHashMap<>();

  private Progress() {}

  /** A run over {@code files} input files starts in this JVM. */
  public static void start(long files) {
    EXPECTED.set(files);
    DONE.set(0);
    SPLIT.set(0);
    ANNOTATIONS_DUE.set(0);
    ANNOTATIONS_DONE.set(0);
    PENDING.clear();
  }

  /** The article was split into {@code sentences} sentences, each to be seen by both branches. */
  public static void articleSplit(String articleId, int sentences) {
    SPLIT.incrementAndGet();
    ANNOTATIONS_DUE.addAndGet((long) BRANCHES * sentences);
    if (sentences == 0) {
      DONE.incrementAndGet();
    } else {
      PENDING.put(articleId, new AtomicInteger(BRANCHES * sentences));
    }
  }

  /** A branch finished one sentence of the article. */
  public static void sentenceDone(String articleId) {
    ANNOTATIONS_DONE.incrementAndGet();
    AtomicInteger pending = PENDING.get(articleId);
    if (pending != null && pending.decrementAndGet() == 0) {
      PENDING.remove(articleId);
      DONE.incrementAndGet();
    }
    logIfDue();
  }

  /** An article needs no more work in this run (stored, failed, or a duplicate). */
  public static void articleDone() {
    DONE.incrementAndGet();
    logIfDue();
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
