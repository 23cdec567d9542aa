package org.newsbeam.annotations;

import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs how many articles this JVM has finished annotating (or found already annotated), at most
 * every few seconds and always for the last one. On a cluster each worker reports its own share.
 */
public final class Progress {
  private static final Logger LOG = LoggerFactory.getLogger("newsbeam.progress");
  private static final long INTERVAL_NANOS = 5_000_000_000L;
  private static final AtomicLong DONE = new AtomicLong();
  private static final AtomicLong LAST_LOG = new AtomicLong(System.nanoTime() - INTERVAL_NANOS);

  private Progress() {}

  public static void articleDone(long expected) {
    long done = DONE.incrementAndGet();
    long now = System.nanoTime();
    long last = LAST_LOG.get();
    boolean due = now - last >= INTERVAL_NANOS && LAST_LOG.compareAndSet(last, now);
    if (due || done == expected) {
      if (expected > 0) {
        LOG.info("{} of {} articles annotated ({}%)", done, expected, 100 * done / expected);
      } else {
        LOG.info("{} articles annotated", done);
      }
    }
  }
}
