package dev.podgraph.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * The most heap that was still in use after a garbage collection while it watched: what a run really needed, unlike
 * the peak of used heap, which counts garbage not yet collected. For benchmarks only.
 */
public final class HeapWatch implements AutoCloseable {

	private final AtomicLong peakAfterGc = new AtomicLong();

	private final List<NotificationEmitter> emitters = new ArrayList<>();

	private final NotificationListener listener = this::collected;

	private final long baseline;

	/** Starts watching, after a full collection so that earlier garbage is not counted. */
	public HeapWatch() {
		System.gc();
		baseline = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
		for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			if (collector instanceof NotificationEmitter emitter) {
				emitter.addNotificationListener(listener, null, null);
				emitters.add(emitter);
			}
		}
	}

	private void collected(Notification notification, Object handback) {
		if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
			return;
		}
		var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
		long used = 0;
		for (var pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
			if (!pool.getKey().contains("Metaspace") && !pool.getKey().contains("Code") && !pool.getKey().contains("Class")) {
				MemoryUsage usage = pool.getValue();
				used += usage.getUsed();
			}
		}
		peakAfterGc.accumulateAndGet(used, Math::max);
	}

	/** @return the most heap in use after a collection so far, in MB */
	public long peakLiveMb() {
		try {
			Thread.sleep(100); // notifications arrive on their own thread
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return peakAfterGc.get() / (1024 * 1024);
	}

	/** @return the heap in use when the watch started, after a full collection, in MB */
	public long baselineMb() {
		return baseline / (1024 * 1024);
	}

	@Override
	public void close() {
		for (NotificationEmitter emitter : emitters) {
			try {
				emitter.removeNotificationListener(listener);
			}
			catch (ListenerNotFoundException ex) {
				// Already gone.
			}
		}
	}

}
