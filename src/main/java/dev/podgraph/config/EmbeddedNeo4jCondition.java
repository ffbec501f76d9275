package dev.podgraph.config;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when podgraph should run its own Neo4j: no {@code spring.neo4j.uri} is configured and
 * {@code podgraph.embedded.enabled} is not {@code false}.
 */
class EmbeddedNeo4jCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		Environment env = context.getEnvironment();
		String uri = env.getProperty("spring.neo4j.uri");
		if (StringUtils.hasText(uri)) {
			return ConditionOutcome.noMatch("spring.neo4j.uri is set to " + uri);
		}
		if (!env.getProperty("podgraph.embedded.enabled", Boolean.class, true)) {
			return ConditionOutcome.noMatch("podgraph.embedded.enabled is false");
		}
		return ConditionOutcome.match("no spring.neo4j.uri configured");
	}

}
