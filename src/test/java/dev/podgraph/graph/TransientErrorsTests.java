package dev.podgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.TransientException;
import org.springframework.dao.TransientDataAccessResourceException;

/**
 * Which errors are tried again, and how the last one reaches the caller when trying again does not help.
 */
class TransientErrorsTests {

	@Test
	void aDeadlockIsTriedAgainUntilTheWorkGoesThrough() {
		AtomicInteger tries = new AtomicInteger();
		long before = TransientErrors.retried();

		String result = TransientErrors.retry(() -> {
			if (tries.incrementAndGet() < 3) {
				// As Spring Data Neo4j translates the driver's error.
				throw new TransientDataAccessResourceException("deadlock",
						new TransientException("Neo.TransientError.Transaction.DeadlockDetected", "deadlock"));
			}
			return "written";
		});

		assertThat(result).isEqualTo("written");
		assertThat(tries).hasValue(3);
		assertThat(TransientErrors.retried() - before).isGreaterThanOrEqualTo(2);
	}

	@Test
	void anErrorInTheRequestIsNotTriedAgain() {
		AtomicInteger tries = new AtomicInteger();

		assertThatThrownBy(() -> TransientErrors.retry(() -> {
			tries.incrementAndGet();
			throw new ClientException("Neo.ClientError.Statement.SyntaxError", "bad");
		})).isInstanceOf(ClientException.class);
		assertThat(tries).hasValue(1);
	}

	@Test
	void aDatabaseThatStaysAwayEndsInItsOwnErrorAfterAboutThreeSeconds() {
		AtomicInteger tries = new AtomicInteger();
		long started = System.nanoTime();

		assertThatThrownBy(() -> TransientErrors.retry(() -> {
			tries.incrementAndGet();
			throw new ServiceUnavailableException("Neo4j is not there");
		})).isInstanceOf(ServiceUnavailableException.class).hasMessage("Neo4j is not there");
		assertThat(tries).hasValue(9);
		assertThat((System.nanoTime() - started) / 1e9).isBetween(1.0, 6.0);
	}

}
