package dev.podgraph.graph;

import java.util.ArrayList;
import java.util.function.Function;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads through the driver, in a read-only transaction of Spring Data Neo4j's transaction manager: how every read
 * runs against a Neo4j server, a cluster or Aura.
 */
public final class BoltReads implements GraphReads {

	private final Neo4jClient neo4j;

	private final TransactionTemplate readOnly;

	public BoltReads(Neo4jClient neo4j, PlatformTransactionManager transactions) {
		this.neo4j = neo4j;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	@Override
	public <T> T read(Function<ReadTransaction, T> work) {
		return readOnly
			.execute(status -> work.apply((cypher, parameters) -> new ArrayList<>(neo4j.query(cypher).bindAll(parameters).fetch().all())));
	}

}
