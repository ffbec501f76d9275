package dev.podgraph.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.podgraph.graph.ExtractedEpisode.Mention;
import dev.podgraph.graph.ExtractedEpisode.OrganisationName;
import dev.podgraph.graph.ExtractedEpisode.PersonCredit;
import dev.podgraph.graph.ExtractedEpisode.TopicEvidence;

/**
 * The rows of one batched write: every node and relationship of a set of episodes, deduplicated by key, ready to be
 * bound as {@code $rows} of the {@code UNWIND ... MERGE} statements in {@link WriteCypher}.
 */
final class WriteBatch {

	/**
	 * Part of every content hash. Change it when the written shape of an episode changes, so that re-importing
	 * unchanged sources rewrites them in the new shape instead of skipping them.
	 */
	static final String WRITE_FORMAT = "podgraph-write-3";

	private final Map<String, OrganisationRow> organisations = new LinkedHashMap<>();

	private final Map<String, PersonRow> people = new LinkedHashMap<>();

	private final Map<String, TopicRow> topics = new LinkedHashMap<>();

	private final Map<String, Map<String, Object>> podcasts = new LinkedHashMap<>();

	private final List<Map<String, Object>> episodes = new ArrayList<>();

	private final Map<String, Map<String, Object>> keptRelationships = new LinkedHashMap<>();

	private final Map<String, Map<String, Object>> newRelationships = new LinkedHashMap<>();

	private final Set<List<String>> produces = new LinkedHashSet<>();

	private final Set<List<String>> hosts = new LinkedHashSet<>();

	private final List<Map<String, Object>> appearances = new ArrayList<>();

	private final Map<List<String>, Map<String, Object>> employments = new LinkedHashMap<>();

	private final List<Map<String, Object>> discussed = new ArrayList<>();

	private final List<Map<String, Object>> credits = new ArrayList<>();

	private final List<Map<String, Object>> sponsored = new ArrayList<>();

	private final List<Map<String, Object>> mentionedPeople = new ArrayList<>();

	private final List<Map<String, Object>> mentionedOrganisations = new ArrayList<>();

	/**
	 * @param toWrite the episodes with their content hashes
	 */
	WriteBatch(Map<ExtractedEpisode, String> toWrite) {
		toWrite.forEach(this::add);
	}

	/** A hash of everything written for the episode: equal hashes mean an identical write. */
	static String contentHash(ExtractedEpisode episode) {
		return HexFormat.of().formatHex(Slugs.sha256(WRITE_FORMAT + "\n" + episode));
	}

	private void add(ExtractedEpisode e, String hash) {
		String episodeKey = e.key();
		String podcastKey = e.podcastKey();
		addPodcast(e);

		Map<String, Map<String, Object>> episodeAppearances = new LinkedHashMap<>();
		for (PersonCredit credit : e.people()) {
			addPerson(credit.key(), credit.name(), credit.link(), credit.image());
			String organisationKey = null;
			if (credit.organisation() != null) {
				organisationKey = addOrganisation(credit.organisation());
				Map<String, Object> employment = new HashMap<>();
				employment.put("person", credit.key());
				employment.put("organisation", organisationKey);
				employment.put("title", credit.title());
				employment.put("date", e.published());
				employments.merge(List.of(credit.key(), organisationKey), employment, WriteBatch::later);
			}
			if (credit.role() == Role.HOST) {
				hosts.add(List.of(credit.key(), podcastKey));
			}
			Map<String, Object> appearance = new HashMap<>();
			appearance.put("episode", episodeKey);
			appearance.put("person", credit.key());
			appearance.put("role", credit.role().name());
			appearance.put("title", credit.title());
			appearance.put("organisation", organisationKey);
			episodeAppearances.put(credit.key() + "|" + credit.role().name(), appearance);
		}
		appearances.addAll(episodeAppearances.values());
		Map<String, Map<String, Object>> episodeCredits = new LinkedHashMap<>();
		for (var credit : e.crew()) {
			addPerson(credit.key(), credit.name(), credit.link(), credit.image());
			Map<String, Object> row = new HashMap<>();
			row.put("episode", episodeKey);
			row.put("person", credit.key());
			row.put("role", credit.role());
			row.put("group", credit.group());
			episodeCredits.put(credit.key() + "|" + credit.role(), row);
		}
		credits.addAll(episodeCredits.values());
		List<Map<String, Object>> episodeDiscussed = new ArrayList<>();

		Set<String> sponsorKeys = new LinkedHashSet<>();
		for (OrganisationName sponsor : e.sponsors()) {
			sponsorKeys.add(addOrganisation(sponsor));
		}
		sponsorKeys.forEach(key -> sponsored.add(Map.of("episode", episodeKey, "organisation", key)));

		Map<String, List<String>> evidence = new LinkedHashMap<>();
		for (TopicEvidence topic : e.topics()) {
			topics.merge(topic.key(), new TopicRow(topic.topic(), topic.candidate()),
					(a, b) -> new TopicRow(a.name(), a.candidate() && b.candidate()));
			List<String> lines = evidence.computeIfAbsent(topic.key(), k -> new ArrayList<>());
			if (topic.evidence() != null && !lines.contains(topic.evidence())) {
				lines.add(topic.evidence());
			}
		}
		evidence.forEach((topicKey, lines) -> episodeDiscussed
			.add(Map.of("episode", episodeKey, "topic", topicKey, "evidence", List.copyOf(lines))));
		discussed.addAll(episodeDiscussed);

		Set<String> mentionedPersonKeys = new LinkedHashSet<>();
		Set<String> mentionedOrganisationKeys = new LinkedHashSet<>();
		for (Mention mention : e.mentions()) {
			if (mention.kind() == Mention.Kind.PERSON) {
				addPerson(mention.key(), mention.name(), null, null);
				mentionedPersonKeys.add(mention.key());
			}
			else {
				mentionedOrganisationKeys.add(addOrganisation(new OrganisationName(mention.name())));
			}
		}
		mentionedPersonKeys.forEach(key -> mentionedPeople.add(Map.of("episode", episodeKey, "target", key)));
		mentionedOrganisationKeys
			.forEach(key -> mentionedOrganisations.add(Map.of("episode", episodeKey, "target", key)));

		Map<String, Object> props = new HashMap<>();
		// Absent fields are written as null, which removes a value an earlier version of the episode had.
		props.put("title", e.title());
		props.put("season", e.season());
		props.put("number", e.number());
		props.put("published", e.published());
		props.put("guid", e.guid());
		props.put("url", e.url());
		props.put("summary", e.summary());
		props.put("contentHash", hash);
		var feed = e.feed();
		props.put("enclosureUrl", feed == null ? null : feed.enclosureUrl());
		props.put("enclosureType", feed == null ? null : feed.enclosureType());
		props.put("episodeType", feed == null ? null : feed.episodeType());
		props.put("seasonName", feed == null ? null : feed.seasonName());
		props.put("episodeNumber", feed == null ? null : feed.episodeNumber());
		props.put("episodeDisplay", feed == null ? null : feed.episodeDisplay());
		props.put("publishedRaw", feed == null ? null : feed.publishedRaw());
		props.put("transcripts", feed == null || feed.transcripts().isEmpty() ? null : feed.transcripts());
		props.put("chapters", feed == null ? null : feed.chapters());
		// Each statement is sent only what it reads: the episode's fields, the keys of the relationships to keep
		// (pruning an existing episode), and its relationships nested (creating those of a new episode).
		episodes.add(Map.of("key", episodeKey, "podcast", podcastKey, "props", props));
		keptRelationships.put(episodeKey, Map.of("key", episodeKey, "appearanceKeys",
				List.copyOf(episodeAppearances.keySet()), "creditKeys", List.copyOf(episodeCredits.keySet()), "topicKeys",
				List.copyOf(evidence.keySet()), "sponsorKeys", List.copyOf(sponsorKeys), "mentionKeys",
				concat(mentionedPersonKeys, mentionedOrganisationKeys)));
		newRelationships.put(episodeKey, Map.of("key", episodeKey, "discussed",
				episodeDiscussed.stream().map(d -> Map.of("topic", d.get("topic"), "evidence", d.get("evidence"))).toList(),
				"appearances", List.copyOf(episodeAppearances.values()), "credits", List.copyOf(episodeCredits.values()),
				"sponsorKeys", List.copyOf(sponsorKeys), "mentionedPeople", List.copyOf(mentionedPersonKeys),
				"mentionedOrganisations", List.copyOf(mentionedOrganisationKeys)));
	}

	private void addPodcast(ExtractedEpisode e) {
		var podcast = e.podcast();
		Map<String, Object> props = podcasts.computeIfAbsent(podcast.key(), k -> new HashMap<>());
		// Podcast fields are shared by all its episodes: an episode that lacks one leaves it as it is.
		props.putIfAbsent("title", podcast.title());
		if (podcast.author() != null) {
			props.put("author", podcast.author());
		}
		if (podcast.url() != null) {
			props.put("url", podcast.url());
		}
		if (podcast.description() != null) {
			props.put("description", podcast.description());
		}
		for (OrganisationName producer : podcast.producers()) {
			produces.add(List.of(addOrganisation(producer), podcast.key()));
		}
	}

	private void addPerson(String key, String name, String link, String image) {
		people.merge(key, new PersonRow(name, link, image), (a, b) -> new PersonRow(a.name(),
				a.link() != null ? a.link() : b.link(), a.image() != null ? a.image() : b.image()));
	}

	private String addOrganisation(OrganisationName organisation) {
		OrganisationRow row = organisations.computeIfAbsent(organisation.key(),
				k -> new OrganisationRow(organisation.name(), new LinkedHashSet<>()));
		row.aliases().addAll(organisation.aliases());
		row.aliases().remove(row.name());
		return organisation.key();
	}

	private static Map<String, Object> later(Map<String, Object> a, Map<String, Object> b) {
		var dateA = (java.time.LocalDate) a.get("date");
		var dateB = (java.time.LocalDate) b.get("date");
		if (dateA != null && (dateB == null || dateA.isAfter(dateB))) {
			return a;
		}
		return b.get("title") != null || a.get("title") == null ? b : a;
	}

	private static List<String> concat(Collection<String> a, Collection<String> b) {
		List<String> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	List<Map<String, Object>> organisations() {
		return organisations.entrySet()
			.stream()
			.map(e -> Map.<String, Object>of("key", e.getKey(), "name", e.getValue().name(), "aliases",
					List.copyOf(e.getValue().aliases())))
			.toList();
	}

	List<Map<String, Object>> people() {
		return people.entrySet().stream().map(e -> {
			Map<String, Object> row = new HashMap<>();
			row.put("key", e.getKey());
			row.put("name", e.getValue().name());
			row.put("link", e.getValue().link());
			row.put("image", e.getValue().image());
			return row;
		}).toList();
	}

	List<Map<String, Object>> credits() {
		return credits;
	}

	List<Map<String, Object>> topics() {
		return topics.entrySet()
			.stream()
			.map(e -> Map.<String, Object>of("key", e.getKey(), "name", e.getValue().name(), "candidate",
					e.getValue().candidate()))
			.toList();
	}

	List<Map<String, Object>> podcasts() {
		return podcasts.entrySet().stream().map(e -> Map.of("key", e.getKey(), "props", e.getValue())).toList();
	}

	List<Map<String, Object>> episodes() {
		return episodes;
	}

	/** @return for each episode in {@code keys}, the keys of the relationships its new version keeps */
	List<Map<String, Object>> keptRelationships(Collection<String> keys) {
		return keys.stream().map(keptRelationships::get).toList();
	}

	/** @return for each episode in {@code keys}, its relationships, nested */
	List<Map<String, Object>> newRelationships(Collection<String> keys) {
		return keys.stream().map(newRelationships::get).toList();
	}

	List<Map<String, Object>> produces() {
		return pairs(produces, "organisation", "podcast");
	}

	List<Map<String, Object>> hosts() {
		return pairs(hosts, "person", "podcast");
	}

	List<Map<String, Object>> appearances() {
		return appearances;
	}

	List<Map<String, Object>> employments() {
		return List.copyOf(employments.values());
	}

	List<Map<String, Object>> discussed() {
		return discussed;
	}

	List<Map<String, Object>> sponsored() {
		return sponsored;
	}

	List<Map<String, Object>> mentionedPeople() {
		return mentionedPeople;
	}

	List<Map<String, Object>> mentionedOrganisations() {
		return mentionedOrganisations;
	}

	private static List<Map<String, Object>> pairs(Set<List<String>> pairs, String first, String second) {
		return pairs.stream().map(p -> Map.<String, Object>of(first, p.get(0), second, p.get(1))).toList();
	}

	private record OrganisationRow(String name, Set<String> aliases) {
	}

	private record TopicRow(String name, boolean candidate) {
	}

	private record PersonRow(String name, String link, String image) {
	}

}
