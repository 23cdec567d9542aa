package org.newsbeam.run;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The most heap this JVM held right after a garbage collection: close to what the run kept alive
 * (models, elements in flight), unlike the heap in use at any moment, which is mostly garbage
 * waiting for the collector and grows to whatever maximum it is given. An upper bound: most
 * collections leave the old generation's garbage for later, and it is counted ({@code
 * scripts/memory-check.sh} measures the live heap).
 */
public final class HeapAfterCollection {
  private static final AtomicLong PEAK = new AtomicLong();
  private static final AtomicBoolean WATCHING = new AtomicBoolean();

  private HeapAfterCollection() {}

  /** Starts listening to this JVM's collections (once). */
  public static void watch() {
    if (!WATCHING.compareAndSet(false, true)) {
      return;
    }
    Set<String> heapPools =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .map(MemoryPoolMXBean::getName)
            .collect(Collectors.toSet());
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (collector instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(
            (notification, handback) -> {
              if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                  notification.getType())) {
                Map<String, MemoryUsage> after =
                    GarbageCollectionNotificationInfo.from(
                            (CompositeData) notification.getUserData())
                        .getGcInfo()
                        .getMemoryUsageAfterGc();
                long used =
                    after.entrySet().stream()
                        .filter(e -> heapPools.contains(e.getKey()))
                        .mapToLong(e -> e.getValue().getUsed())
                        .sum();
                PEAK.accumulateAndGet(used, Math::max);
              }
            },
            null,
            null);
      }
    }
  }

  /** The peak so far, in bytes (0 before the first collection). */
  public static long peakBytes() {
    return PEAK.get();
  }
}
