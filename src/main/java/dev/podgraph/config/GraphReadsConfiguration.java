package dev.podgraph.config;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;

import dev.podgraph.graph.BoltReads;
import dev.podgraph.graph.GraphReads;
import dev.podgraph.graph.InProcessReads;

/**
 * In-process reads when Neo4j runs inside the application (unless {@code podgraph.embedded.in-process-reads} is
 * false), reads through the driver otherwise.
 */
@Configuration(proxyBeanMethods = false)
class GraphReadsConfiguration {

	@Bean
	GraphReads graphReads(ObjectProvider<EmbeddedNeo4j> embedded, ObjectProvider<EmbeddedNeo4jProperties> properties,
			Neo4jClient neo4j, PlatformTransactionManager transactions) {
		EmbeddedNeo4j inProcess = embedded.getIfAvailable();
		EmbeddedNeo4jProperties settings = properties.getIfAvailable();
		if (inProcess != null && settings != null && settings.inProcessReads()) {
			return new InProcessReads(inProcess::database);
		}
		return new BoltReads(neo4j, transactions);
	}

}
