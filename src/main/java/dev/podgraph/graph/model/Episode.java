package dev.podgraph.graph.model;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Relationship;
import org.springframework.data.neo4j.core.schema.Relationship.Direction;

/**
 * An episode of a podcast. Mentions ({@code MENTIONED}) are left out of this mapping on purpose: they point back to
 * people, who point to episodes, and a mapped cycle would make every load pull in the whole connected graph.
 *
 * @param key the podcast's slug, a colon, and the GUID or season and number
 * @param title its title
 * @param season its season number
 * @param number its episode number
 * @param published when it was published
 * @param guid the feed's GUID
 * @param url its web page
 * @param summary its description
 * @param podcast the podcast it is {@code PART_OF}
 * @param topics what it {@code DISCUSSED}, with evidence
 * @param sponsors the organisations that {@code SPONSORED} it
 */
@Node("Episode")
public record Episode(@Id String key, String title, Integer season, Integer number, LocalDate published, String guid,
		String url, String summary, @Relationship("PART_OF") Podcast podcast,
		@Relationship("DISCUSSED") List<Discussion> topics,
		@Relationship(type = "SPONSORED", direction = Direction.INCOMING) List<Organisation> sponsors) {
}
