package dev.podgraph.graph;

import java.time.Duration;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

import org.neo4j.driver.exceptions.RetryableException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryState;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;

/**
 * Work that Neo4j may refuse for a moment and accept a moment later: a deadlock between two writers merging the same
 * people or topics in different orders, a leader switch in a cluster, a connection lost. Such work is tried again,
 * from the start of its transaction, with growing pauses; other errors fail at once.
 */
public final class TransientErrors {

	/** About three seconds of tries in all: enough for a deadlock or a leader switch, short enough for a caller. */
	static final RetryPolicy POLICY = RetryPolicy.builder()
		.maxRetries(8)
		.delay(Duration.ofMillis(20))
		.multiplier(2)
		.maxDelay(Duration.ofSeconds(1))
		.jitter(Duration.ofMillis(10))
		.predicate(TransientErrors::isTransient)
		.build();

	private static final Logger log = LoggerFactory.getLogger(TransientErrors.class);

	private static final LongAdder RETRIED = new LongAdder();

	private static final RetryTemplate RETRIES = new RetryTemplate(POLICY);

	static {
		RETRIES.setRetryListener(new RetryListener() {
			@Override
			public void beforeRetry(RetryPolicy policy, Retryable<?> retryable, RetryState state) {
				RETRIED.increment();
				log.debug("Trying a transaction again after a transient error");
			}
		});
	}

	private TransientErrors() {
	}

	/**
	 * Runs the work, again while it fails for a transient reason.
	 * @param work a whole transaction, safe to run again (podgraph's writes merge and compare content hashes, so a
	 * transaction whose commit was lost with its connection can be repeated)
	 * @return what the work returned
	 */
	public static <T> T retry(Supplier<T> work) {
		return RETRIES.invoke(work);
	}

	/** @return how many times work was tried again since the start, for tests and benchmarks */
	public static long retried() {
		return RETRIED.sum();
	}

	/**
	 * @return whether the error says that Neo4j cannot be reached (stopped, restarting, the network down), as opposed
	 * to a fault of the request or of podgraph
	 */
	public static boolean isUnavailable(Throwable error) {
		for (Throwable cause = error; cause != null; cause = cause.getCause()) {
			if (cause instanceof ServiceUnavailableException || cause instanceof SessionExpiredException
					|| cause instanceof DataAccessResourceFailureException) {
				return true;
			}
		}
		return false;
	}

	/** @return whether the error, or one it was caused by, is one that Neo4j's driver calls worth a retry */
	public static boolean isTransient(Throwable error) {
		for (Throwable cause = error; cause != null; cause = cause.getCause()) {
			if (cause instanceof RetryableException || cause instanceof TransientDataAccessException) {
				return true;
			}
		}
		return false;
	}

}
