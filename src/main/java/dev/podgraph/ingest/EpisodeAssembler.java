package dev.podgraph.ingest;

import java.util.ArrayList;
import java.util.List;

import dev.podgraph.graph.ExtractedEpisode;
import dev.podgraph.graph.ExtractedEpisode.Mention;
import dev.podgraph.graph.ExtractedEpisode.OrganisationName;
import dev.podgraph.graph.ExtractedEpisode.PersonCredit;
import dev.podgraph.graph.ExtractedEpisode.PodcastInfo;
import dev.podgraph.graph.ExtractedEpisode.TopicEvidence;
import dev.podgraph.graph.InvalidEpisode;
import dev.podgraph.graph.Role;
import dev.podgraph.ingest.InvalidPage.Reason;
import dev.podgraph.ingest.resolve.Corrections;
import dev.podgraph.ingest.resolve.EntityResolver;
import dev.podgraph.ingest.shownotes.ShowNotes;
import dev.podgraph.topics.TopicExtractor;
import dev.podgraph.topics.TopicExtractor.TopicMatch;

/**
 * Turns what a page says ({@link ShowNotes}) into the episode the graph stores: names resolved, corrections applied,
 * each bullet turned into the topics it is about with the bullet kept as their evidence.
 */
final class EpisodeAssembler {

	private final TopicExtractor topics;

	EpisodeAssembler(TopicExtractor topics) {
		this.topics = topics;
	}

	/**
	 * A page read and its bullets' topics found: the work that needs no resolver, so it can run in parallel.
	 * @param notes what the page says
	 * @param bulletTopics for each bullet, in order, the topics it is about
	 */
	record Read(ShowNotes notes, List<List<TopicMatch>> bulletTopics) {
	}

	/** @return the page with its bullets' topics */
	Read read(ShowNotes notes) {
		return new Read(notes, notes.bullets().stream().map(topics::topicsOf).toList());
	}

	/**
	 * @param read what the page says, with its bullets' topics
	 * @param resolver names to entities, with the corrections
	 * @param podcastTitle the podcast to use when the page names none, or {@code null}
	 * @return the episode to write
	 * @throws InvalidPage when the page is no episode, names no podcast, or holds something that cannot be written
	 */
	ExtractedEpisode assemble(Read read, EntityResolver resolver, String podcastTitle) {
		ShowNotes notes = read.notes();
		if (notes.title() == null && notes.number() == null) {
			throw new InvalidPage(Reason.NO_EPISODE, "Nothing on the page reads as an episode: no title line such as"
					+ " \"S4 | Ep 9 | Title\", no \"Episode 9\" and no introduction such as \"... is joined by ...\".");
		}
		String podcast = notes.podcastTitle() != null ? notes.podcastTitle() : podcastTitle;
		if (podcast == null) {
			throw new InvalidPage(Reason.NO_PODCAST, "The page names no podcast (no \"About the Podcast\" block and no"
					+ " \"of <podcast>\" in its introduction); give the podcast's title with the request.");
		}
		try {
			PodcastInfo podcastInfo = new PodcastInfo(podcast, null, notes.podcastDescription(),
					notes.producers().stream().map(p -> resolver.organisation(p, List.of())).toList());
			String key = new ExtractedEpisode(podcastInfo, null, notes.title(), notes.season(), notes.number(),
					notes.published(), null, null, null, null, null, null)
				.key();
			List<PersonCredit> people = new ArrayList<>();
			notes.hosts().forEach(h -> people.add(credit(h, Role.HOST, key, resolver)));
			notes.guests().forEach(g -> people.add(credit(g, Role.GUEST, key, resolver)));
			List<OrganisationName> sponsors = notes.sponsors()
				.stream()
				.map(s -> resolver.organisation(s, List.of()))
				.toList();
			return new ExtractedEpisode(podcastInfo, null, notes.title(), notes.season(), notes.number(),
					notes.published(), null, notes.summary(), people, sponsors, topics(read, resolver),
					mentions(notes, resolver));
		}
		catch (InvalidEpisode ex) {
			throw new InvalidPage(Reason.INVALID, "The page cannot be written: " + ex.getMessage(), ex);
		}
	}

	static PersonCredit credit(ShowNotes.Credit credit, Role role, String episodeKey, EntityResolver resolver) {
		String name = resolver.personName(credit.name());
		String title = credit.title();
		String organisation = credit.organisation();
		Role fixedRole = role;
		var person = resolver.person(credit.name());
		if (person.isPresent()) {
			title = person.get().title() != null ? person.get().title() : title;
			organisation = person.get().organisation() != null ? person.get().organisation() : organisation;
		}
		var appearance = resolver.appearance(episodeKey, name);
		if (appearance.isPresent()) {
			Corrections.Appearance fix = appearance.get();
			fixedRole = fix.role() != null ? fix.role() : fixedRole;
			title = fix.title() != null ? fix.title() : title;
			organisation = fix.organisation() != null ? fix.organisation() : organisation;
		}
		OrganisationName employer = organisation == null ? null
				: resolver.organisation(organisation,
						organisation.equals(credit.organisation()) ? credit.organisationAliases() : List.of());
		return new PersonCredit(name, fixedRole, title, employer);
	}

	static List<TopicEvidence> topics(Read read, EntityResolver resolver) {
		List<TopicEvidence> evidence = new ArrayList<>();
		for (int i = 0; i < read.notes().bullets().size(); i++) {
			String bullet = read.notes().bullets().get(i);
			for (TopicMatch topic : read.bulletTopics().get(i)) {
				evidence.add(new TopicEvidence(resolver.topicName(topic.label()), bullet,
						resolver.candidateTopic(topic.label(), topic.candidate())));
			}
		}
		return evidence;
	}

	static List<Mention> mentions(ShowNotes notes, EntityResolver resolver) {
		return notes.mentions()
			.stream()
			.map(m -> m.person() ? new Mention(Mention.Kind.PERSON, resolver.personName(m.name()))
					: new Mention(Mention.Kind.ORGANISATION, resolver.organisation(m.name(), List.of()).name()))
			.toList();
	}

}
