package dev.podgraph;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * podgraph: a knowledge graph of podcast catalogues on Neo4j.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PodgraphApplication {

	public static void main(String[] args) {
		SpringApplication.run(PodgraphApplication.class, args);
	}

}
