package dev.podgraph.graph;

import static dev.podgraph.graph.RowMapping.date;
import static dev.podgraph.graph.RowMapping.episodeRef;
import static dev.podgraph.graph.RowMapping.episodeRefs;
import static dev.podgraph.graph.RowMapping.integer;
import static dev.podgraph.graph.RowMapping.nodeRef;
import static dev.podgraph.graph.RowMapping.nodeRefs;
import static dev.podgraph.graph.RowMapping.role;
import static dev.podgraph.graph.RowMapping.string;
import static dev.podgraph.graph.RowMapping.strings;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import org.neo4j.driver.Record;
import org.neo4j.driver.types.TypeSystem;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.podgraph.graph.EpisodeDetail.Credit;
import dev.podgraph.graph.EpisodeDetail.DiscussedTopic;
import dev.podgraph.graph.EpisodeDetail.Mentioned;
import dev.podgraph.graph.Summaries.OrganisationSummary;
import dev.podgraph.graph.Summaries.PersonSummary;
import dev.podgraph.graph.Summaries.PodcastSummary;
import dev.podgraph.graph.Summaries.TopicSummary;

/**
 * Reads the catalogue: each kind of node by key with its neighbours, and paged lists. Every read runs in a read-only
 * transaction, which a Neo4j cluster routes to a follower.
 */
@Service
@Transactional(readOnly = true)
public class Catalogue {

	/** The most neighbours of one kind a detail returns (episodes of a topic, appearances of a person, ...). */
	public static final int NEIGHBOUR_LIMIT = 100;

	/** The most entries of a detail's "top" lists. */
	public static final int TOP_LIMIT = 10;

	private final Neo4jClient neo4j;

	Catalogue(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * @param key the episode's key
	 * @return the episode with its podcast, people, sponsors, topics and mentions, or empty when there is none
	 */
	public Optional<EpisodeDetail> episode(String key) {
		return detail(ReadCypher.EPISODE, key, EpisodeDetail.class, (types, row) -> {
			var e = row.get("episode");
			return new EpisodeDetail(string(e.get("key")), string(e.get("title")), integer(e.get("season")),
					integer(e.get("number")), date(e.get("published")), string(e.get("guid")), string(e.get("url")),
					string(e.get("summary")), nodeRef(row.get("podcast")),
					row.get("people")
						.asList(p -> new Credit(nodeRef(p.get("person")), role(p.get("role")), string(p.get("title")),
								nodeRef(p.get("organisation")))),
					nodeRefs(row.get("sponsors")),
					row.get("topics").asList(t -> new DiscussedTopic(nodeRef(t.get("topic")), strings(t.get("evidence")))),
					row.get("mentions")
						.asList(m -> new Mentioned(ExtractedEpisode.Mention.Kind.valueOf(m.get("kind").asString()),
								nodeRef(m))),
					row.get("crew")
						.asList(c -> new EpisodeDetail.CrewMember(nodeRef(c.get("person")), string(c.get("role")),
								string(c.get("group")))),
					media(e));
		});
	}

	/** The feed's details of an episode, or null for an episode read from a page. */
	private static EpisodeDetail.Media media(org.neo4j.driver.Value e) {
		boolean none = java.util.stream.Stream.of("enclosureUrl", "enclosureType", "episodeType", "seasonName",
				"episodeNumber", "episodeDisplay", "publishedRaw", "transcripts", "chapters")
			.allMatch(field -> e.get(field).isNull());
		if (none) {
			return null;
		}
		return new EpisodeDetail.Media(string(e.get("enclosureUrl")), string(e.get("enclosureType")),
				string(e.get("episodeType")), string(e.get("seasonName")), string(e.get("episodeNumber")),
				string(e.get("episodeDisplay")), string(e.get("publishedRaw")), strings(e.get("transcripts")),
				string(e.get("chapters")));
	}

	/**
	 * @param key the person's key
	 * @return the person with their organisations, appearances, podcasts and mentions, or empty when there is none
	 */
	public Optional<PersonDetail> person(String key) {
		return detail(ReadCypher.PERSON, key, PersonDetail.class, (types, row) -> new PersonDetail(string(row.get("key")),
				string(row.get("name")), string(row.get("link")), string(row.get("image")),
				row.get("worksAt")
					.asList(w -> new PersonDetail.Employment(nodeRef(w.get("organisation")), string(w.get("title")),
							date(w.get("lastSeen")))),
				row.get("appearances")
					.asList(a -> new PersonDetail.Appearance(episodeRef(a.get("episode")), role(a.get("role")),
							string(a.get("title")), nodeRef(a.get("organisation")))),
				row.get("credits")
					.asList(c -> new PersonDetail.Credit(episodeRef(c.get("episode")), string(c.get("role")),
							string(c.get("group")))),
				nodeRefs(row.get("hosts")), episodeRefs(row.get("mentionedIn"))));
	}

	/**
	 * @param key the organisation's key
	 * @return the organisation with its people, sponsorships, podcasts and mentions, or empty when there is none
	 */
	public Optional<OrganisationDetail> organisation(String key) {
		return detail(ReadCypher.ORGANISATION, key, OrganisationDetail.class, (types, row) -> new OrganisationDetail(string(row.get("key")),
				string(row.get("name")), strings(row.get("aliases")),
				row.get("people")
					.asList(p -> new OrganisationDetail.Member(nodeRef(p.get("person")), string(p.get("title")))),
				episodeRefs(row.get("sponsored")), nodeRefs(row.get("produces")), episodeRefs(row.get("mentionedIn"))));
	}

	/**
	 * @param key the topic's key
	 * @return the topic with its broader and narrower topics, top guests, co-occurring topics, episodes per year and
	 * newest episodes, or empty when there is none
	 */
	public Optional<TopicDetail> topic(String key) {
		return detail(ReadCypher.TOPIC, key, TopicDetail.class,
				(types, row) -> new TopicDetail(string(row.get("key")), string(row.get("name")),
						row.get("candidate").asBoolean(), strings(row.get("synonyms")), nodeRefs(row.get("broader")),
						nodeRefs(row.get("narrower")), row.get("episodeCount").asLong(), counted(row.get("topGuests")),
						counted(row.get("coOccurring")),
						row.get("episodesPerYear")
							.asList(y -> new TopicDetail.Year(y.get("year").asInt(), y.get("episodes").asLong())),
						row.get("episodes")
							.asList(d -> new TopicDetail.Discussion(episodeRef(d.get("episode")),
									strings(d.get("evidence"))))));
	}

	private static List<TopicDetail.Counted> counted(org.neo4j.driver.Value list) {
		return list.asList(c -> new TopicDetail.Counted(nodeRef(c.get("node")), c.get("episodes").asLong()));
	}

	/**
	 * @param key the podcast's key
	 * @return the podcast with its hosts, producers and newest episodes, or empty when there is none
	 */
	public Optional<PodcastDetail> podcast(String key) {
		return detail(ReadCypher.PODCAST, key, PodcastDetail.class,
				(types, row) -> new PodcastDetail(string(row.get("key")), string(row.get("title")),
						string(row.get("url")), string(row.get("description")), string(row.get("author")),
						row.get("episodeCount").asLong(),
						nodeRefs(row.get("hosts")), nodeRefs(row.get("producers")),
						episodeRefs(row.get("recentEpisodes"))));
	}

	/**
	 * Episodes, newest first.
	 * @param page which page
	 * @param podcastKey only this podcast's episodes, or {@code null} for all
	 * @return the page, or empty when {@code podcastKey} names no podcast
	 */
	public Optional<ResultPage<EpisodeRef>> episodes(PageQuery page, String podcastKey) {
		if (podcastKey != null && !podcastExists(podcastKey)) {
			return Optional.empty();
		}
		Map<String, Object> filter = new HashMap<>();
		filter.put("podcast", podcastKey);
		long total = neo4j.query(ReadCypher.EPISODE_COUNT).bindAll(filter).fetchAs(Long.class).one().orElse(0L);
		return Optional.of(page(ReadCypher.EPISODES, filter, page, total, EpisodeRef.class, (types, row) -> episodeRef(row.get("episode"))));
	}

	/** @param page which page @return people by name, with how many episodes each appeared on */
	public ResultPage<PersonSummary> people(PageQuery page) {
		return page(ReadCypher.PEOPLE, Map.of(), page, count("Person"), PersonSummary.class, (types, row) -> new PersonSummary(
				string(row.get("key")), string(row.get("name")), row.get("appearances").asLong()));
	}

	/** @param page which page @return organisations by name, with their people and sponsorships counted */
	public ResultPage<OrganisationSummary> organisations(PageQuery page) {
		return page(ReadCypher.ORGANISATIONS, Map.of(), page, count("Organisation"), OrganisationSummary.class,
				(types, row) -> new OrganisationSummary(string(row.get("key")), string(row.get("name")),
						row.get("people").asLong(), row.get("sponsored").asLong()));
	}

	/** @param page which page @return topics by name, with how many episodes discussed each */
	public ResultPage<TopicSummary> topics(PageQuery page) {
		return page(ReadCypher.TOPICS, Map.of(), page, count("Topic"), TopicSummary.class, (types, row) -> new TopicSummary(
				string(row.get("key")), string(row.get("name")), row.get("episodes").asLong()));
	}

	/** @param page which page @return podcasts by title, with how many episodes each has */
	public ResultPage<PodcastSummary> podcasts(PageQuery page) {
		return page(ReadCypher.PODCASTS, Map.of(), page, count("Podcast"), PodcastSummary.class, (types, row) -> new PodcastSummary(
				string(row.get("key")), string(row.get("title")), row.get("episodes").asLong()));
	}

	/**
	 * @return every organisation that has aliases: its name to its aliases, for resolving a name an importer meets
	 * to the organisation it means
	 */
	public Map<String, List<String>> organisationAliases() {
		Map<String, List<String>> aliases = new HashMap<>();
		neo4j.query(ReadCypher.ORGANISATION_ALIASES)
			.fetch()
			.all()
			.forEach(row -> aliases.put((String) row.get("name"),
					((List<?>) row.get("aliases")).stream().map(String::valueOf).toList()));
		return aliases;
	}

	private boolean podcastExists(String key) {
		return neo4j.query(ReadCypher.PODCAST_EXISTS).bind(key).to("key").fetchAs(Boolean.class).one().orElse(false);
	}

	private long count(String label) {
		return neo4j.query(ReadCypher.count(label)).fetchAs(Long.class).one().orElse(0L);
	}

	private <T> Optional<T> detail(String cypher, String key, Class<T> type,
			BiFunction<TypeSystem, Record, T> mapping) {
		return neo4j.query(cypher)
			.bindAll(Map.of("key", key, "limit", NEIGHBOUR_LIMIT, "top", TOP_LIMIT))
			.fetchAs(type)
			.mappedBy(mapping)
			.one();
	}

	private <T> ResultPage<T> page(String cypher, Map<String, Object> parameters, PageQuery page, long total,
			Class<T> type, BiFunction<TypeSystem, Record, T> mapping) {
		Map<String, Object> all = new HashMap<>(parameters);
		all.put("skip", page.skip());
		all.put("limit", page.size());
		Collection<T> items = neo4j.query(cypher).bindAll(all).fetchAs(type).mappedBy(mapping).all();
		return new ResultPage<>(List.copyOf(items), page, total);
	}

}
