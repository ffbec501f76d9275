package dev.podgraph;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.testcontainers.DockerClientFactory;

/**
 * Matches when a Docker engine answers, so that Testcontainers can start Neo4j. Asked once per JVM.
 */
class DockerAvailable implements Condition {

	private static final boolean AVAILABLE = check();

	private static boolean check() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	static boolean available() {
		return AVAILABLE;
	}

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return AVAILABLE;
	}

	/** Matches when no Docker engine answers. */
	static class Not implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !AVAILABLE;
		}

	}

}
