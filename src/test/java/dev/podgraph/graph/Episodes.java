package dev.podgraph.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.podgraph.graph.ExtractedEpisode.Mention;
import dev.podgraph.graph.ExtractedEpisode.OrganisationName;
import dev.podgraph.graph.ExtractedEpisode.PersonCredit;
import dev.podgraph.graph.ExtractedEpisode.PodcastInfo;
import dev.podgraph.graph.ExtractedEpisode.TopicEvidence;

/**
 * Builds extracted episodes for write-path tests: a made-up podcast whose names say what they are for.
 */
public final class Episodes {

	public static final PodcastInfo PODCAST = new PodcastInfo("Test Talks", "https://example.org/test-talks",
			"A podcast for tests", List.of(new OrganisationName("Test Studio")));

	private PodcastInfo podcast = PODCAST;

	private final int number;

	private String title;

	private LocalDate published = LocalDate.of(2024, 1, 2);

	private int season = 1;

	private final List<PersonCredit> people = new ArrayList<>();

	private final List<OrganisationName> sponsors = new ArrayList<>();

	private final List<TopicEvidence> topics = new ArrayList<>();

	private final List<Mention> mentions = new ArrayList<>();

	private Episodes(int number) {
		this.number = number;
		this.title = "Episode " + number;
	}

	public static Episodes episode(int number) {
		return new Episodes(number);
	}

	public Episodes podcast(PodcastInfo podcast) {
		this.podcast = podcast;
		return this;
	}

	public Episodes title(String title) {
		this.title = title;
		return this;
	}

	public Episodes season(int season) {
		this.season = season;
		return this;
	}

	public Episodes published(LocalDate published) {
		this.published = published;
		return this;
	}

	public Episodes guest(String name, String title, String organisation, String... aliases) {
		people.add(new PersonCredit(name, Role.GUEST, title,
				organisation == null ? null : new OrganisationName(organisation, List.of(aliases))));
		return this;
	}

	public Episodes host(String name, String title, String organisation) {
		people.add(new PersonCredit(name, Role.HOST, title, new OrganisationName(organisation)));
		return this;
	}

	public Episodes sponsor(String name) {
		sponsors.add(new OrganisationName(name));
		return this;
	}

	public Episodes topic(String topic, String evidence) {
		topics.add(new TopicEvidence(topic, evidence));
		return this;
	}

	public Episodes candidateTopic(String topic, String evidence) {
		topics.add(new TopicEvidence(topic, evidence, true));
		return this;
	}

	public Episodes mentionsPerson(String name) {
		mentions.add(new Mention(Mention.Kind.PERSON, name));
		return this;
	}

	public Episodes mentionsOrganisation(String name) {
		mentions.add(new Mention(Mention.Kind.ORGANISATION, name));
		return this;
	}

	public ExtractedEpisode build() {
		return new ExtractedEpisode(podcast, null, title, season, number, published, null, "About " + title, people,
				sponsors, topics, mentions);
	}

}
