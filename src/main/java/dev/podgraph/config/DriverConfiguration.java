package dev.podgraph.config;

import java.util.Set;

import org.neo4j.driver.NotificationClassification;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Neo4j driver as podgraph uses it, embedded or external.
 */
@Configuration(proxyBeanMethods = false)
class DriverConfiguration {

	/**
	 * Neo4j need not compute, and the driver need not parse, two kinds of notification that podgraph's queries raise by
	 * design: "unrecognized" (a property or relationship type that no episode has yet, such as {@code transcripts}
	 * on a catalogue of pages only) and "performance" (the write path's match of both ends of a row by key, two index
	 * seeks that the planner calls a cartesian product). Spring Data Neo4j formats every notification it receives
	 * before deciding not to log it: on the episode page's read this was a tenth of the request's time.
	 */
	@Bean
	ConfigBuilderCustomizer quietNotifications() {
		return builder -> builder.withDisabledNotificationClassifications(
				Set.of(NotificationClassification.UNRECOGNIZED, NotificationClassification.PERFORMANCE));
	}

}
