package dev.podgraph.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded HTTP load over loopback: a fixed plan of requests shared by a number of clients, each sending its next
 * request once the previous answer has been read in full. For benchmarks and the load test only.
 * <p>
 * Latency is what a client sees: the server's time, the loopback round trip and the reading of the body. Anything
 * other than 200 counts as an error, and so does a request that gets no answer within the timeout.
 */
public final class HttpLoad {

	/** Longest a request may wait for its answer before it counts as an error. */
	public static final Duration TIMEOUT = Duration.ofSeconds(30);

	/**
	 * One request of a plan.
	 * @param kind what it asks for, for the figures ("episode page", "guests API")
	 * @param path the path and query, already encoded
	 */
	public record Request(String kind, String path) {
	}

	/**
	 * The figures of one kind of request.
	 * @param kind what was asked for
	 * @param requests how many were sent
	 * @param errors how many did not answer 200 in time
	 * @param p50 median latency, milliseconds
	 * @param p99 99th percentile, milliseconds
	 * @param max slowest, milliseconds
	 * @param perSecond answers of this kind per second of the whole run
	 */
	public record Stats(String kind, int requests, int errors, double p50, double p99, double max, double perSecond) {
	}

	/**
	 * A run.
	 * @param clients how many clients sent requests at once
	 * @param seconds how long the timed part took
	 * @param perSecond answers per second, all kinds
	 * @param kinds figures per kind, in the order they first appear in the plan
	 * @param failures the first few errors, as "status path" or "exception path"
	 */
	public record Result(int clients, double seconds, double perSecond, List<Stats> kinds, List<String> failures) {

		/** @return every error of the run */
		public int errors() {
			return kinds.stream().mapToInt(Stats::errors).sum();
		}

		/** @return the figures of one kind */
		public Stats kind(String kind) {
			return kinds.stream().filter(s -> s.kind().equals(kind)).findFirst().orElseThrow();
		}

	}

	private final URI base;

	private final HttpClient http;

	/** @param base the server, such as {@code http://localhost:8080} */
	public HttpLoad(URI base) {
		this.base = base;
		this.http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	/**
	 * Sends the warm-up plan, untimed, then the plan, timed.
	 * @param warmUp requests that warm the server and the client up (JIT, caches, connections); their errors count
	 * @param plan the requests to time, each sent once, in order of the plan across all clients
	 * @param clients how many send at once
	 */
	public Result run(List<Request> warmUp, List<Request> plan, int clients) {
		Result warm = send(warmUp, clients);
		Result timed = send(plan, clients);
		List<String> failures = new ArrayList<>(warm.failures());
		failures.addAll(timed.failures());
		if (warm.errors() > 0 && failures.isEmpty()) {
			failures.add(warm.errors() + " errors in the warm-up");
		}
		return new Result(timed.clients(), timed.seconds(), timed.perSecond(), timed.kinds(),
				List.copyOf(failures.subList(0, Math.min(10, failures.size()))));
	}

	private Result send(List<Request> plan, int clients) {
		long[] nanos = new long[plan.size()];
		String[] failed = new String[plan.size()];
		AtomicInteger next = new AtomicInteger();
		Runnable client = () -> {
			for (int i = next.getAndIncrement(); i < plan.size(); i = next.getAndIncrement()) {
				Request request = plan.get(i);
				long started = System.nanoTime();
				failed[i] = get(request.path());
				nanos[i] = System.nanoTime() - started;
			}
		};
		long started = System.nanoTime();
		List<Thread> threads = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			threads.add(Thread.ofPlatform().name("load-" + c).start(client));
		}
		for (Thread thread : threads) {
			try {
				thread.join();
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted", interrupted);
			}
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		return summarise(plan, nanos, failed, clients, seconds);
	}

	/** @return null when the answer is 200, else what went wrong */
	private String get(String path) {
		HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).GET().build();
		try {
			HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
			return response.statusCode() == 200 ? null : response.statusCode() + " " + path;
		}
		catch (IOException failure) {
			return failure.getClass().getSimpleName() + " " + path;
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			return "interrupted " + path;
		}
	}

	private static Result summarise(List<Request> plan, long[] nanos, String[] failed, int clients, double seconds) {
		Map<String, List<Integer>> byKind = new LinkedHashMap<>();
		for (int i = 0; i < plan.size(); i++) {
			byKind.computeIfAbsent(plan.get(i).kind(), k -> new ArrayList<>()).add(i);
		}
		List<Stats> kinds = new ArrayList<>();
		byKind.forEach((kind, indexes) -> {
			double[] millis = indexes.stream().mapToDouble(i -> nanos[i] / 1e6).toArray();
			Arrays.sort(millis);
			int errors = (int) indexes.stream().filter(i -> failed[i] != null).count();
			kinds.add(new Stats(kind, millis.length, errors, Timings.percentile(millis, 0.50),
					Timings.percentile(millis, 0.99), millis[millis.length - 1], millis.length / seconds));
		});
		List<String> failures = Arrays.stream(failed).filter(f -> f != null).limit(10).toList();
		return new Result(clients, seconds, plan.size() / seconds, List.copyOf(kinds), failures);
	}

}
