package dev.podgraph.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

import dev.podgraph.graph.ExtractedEpisode;
import dev.podgraph.graph.ExtractedEpisode.OrganisationName;
import dev.podgraph.graph.ExtractedEpisode.PersonCredit;
import dev.podgraph.graph.ExtractedEpisode.TopicEvidence;
import dev.podgraph.graph.Role;
import dev.podgraph.graph.model.Appearance;
import dev.podgraph.graph.model.Discussion;
import dev.podgraph.graph.model.Employment;
import dev.podgraph.graph.model.Episode;
import dev.podgraph.graph.model.EpisodeRepository;
import dev.podgraph.graph.model.Organisation;
import dev.podgraph.graph.model.OrganisationRepository;
import dev.podgraph.graph.model.Person;
import dev.podgraph.graph.model.PersonRepository;
import dev.podgraph.graph.model.Podcast;
import dev.podgraph.graph.model.PodcastRepository;
import dev.podgraph.graph.model.Topic;
import dev.podgraph.graph.model.TopicRepository;

/**
 * Writes extracted episodes the way an application built on repositories would: load what exists, merge, and
 * {@code saveAll} the aggregates, one transaction per batch. Spring Data replaces a saved entity's relationships with
 * the ones it holds, so existing people and organisations must be loaded first or their other episodes would be
 * lost. For the benchmark's comparison with {@code EpisodeWriter} only; mentions are not in the entity model.
 */
final class SpringDataWriter {

	private final PersonRepository people;

	private final EpisodeRepository episodes;

	private final OrganisationRepository organisations;

	private final PodcastRepository podcasts;

	private final TopicRepository topics;

	private final TransactionTemplate transactions;

	SpringDataWriter(ApplicationContext context) {
		this.people = context.getBean(PersonRepository.class);
		this.episodes = context.getBean(EpisodeRepository.class);
		this.organisations = context.getBean(OrganisationRepository.class);
		this.podcasts = context.getBean(PodcastRepository.class);
		this.topics = context.getBean(TopicRepository.class);
		this.transactions = context.getBean(TransactionTemplate.class);
	}

	void saveAll(List<ExtractedEpisode> batch) {
		transactions.executeWithoutResult(status -> {
			Map<String, Podcast> podcastsByKey = load(podcasts.findAllById(keys(batch, e -> List.of(e.podcastKey()))),
					Podcast::key);
			Map<String, Organisation> organisationsByKey = load(organisations.findAllById(keys(batch, this::organisationKeys)),
					Organisation::key);
			Map<String, Topic> topicsByKey = load(topics.findAllById(keys(batch, e -> e.topics().stream().map(TopicEvidence::key).toList())),
					Topic::key);
			Map<String, Person> peopleByKey = load(people.findAllById(keys(batch, e -> e.people().stream().map(PersonCredit::key).toList())),
					Person::key);

			for (ExtractedEpisode e : batch) {
				Podcast podcast = podcastsByKey.computeIfAbsent(e.podcastKey(),
						k -> new Podcast(k, e.podcast().title(), e.podcast().url(), e.podcast().description()));
				for (OrganisationName producer : e.podcast().producers()) {
					Organisation o = organisation(organisationsByKey, producer);
					if (o.produces().stream().noneMatch(p -> p.key().equals(podcast.key()))) {
						o.produces().add(podcast);
					}
				}
				Map<String, List<String>> evidence = new LinkedHashMap<>();
				e.topics().forEach(t -> evidence.computeIfAbsent(t.key(), k -> new ArrayList<>()).add(t.evidence()));
				List<Discussion> discussions = new ArrayList<>();
				evidence.forEach((key, lines) -> discussions.add(new Discussion(null, lines,
						topicsByKey.computeIfAbsent(key, k -> new Topic(k, topicName(e, k))))));
				Episode episode = new Episode(e.key(), e.title(), e.season(), e.number(), e.published(), e.guid(), e.url(),
						e.summary(), podcast, discussions,
						e.sponsors().stream().map(s -> organisation(organisationsByKey, s)).toList());
				for (PersonCredit credit : e.people()) {
					Person person = peopleByKey.computeIfAbsent(credit.key(),
							k -> new Person(k, credit.name(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
					Organisation employer = credit.organisation() == null ? null
							: organisation(organisationsByKey, credit.organisation());
					person.appearances().removeIf(a -> a.episode().key().equals(episode.key()));
					person.appearances().add(new Appearance(null, credit.role(), credit.title(),
							employer == null ? null : employer.key(), episode));
					if (employer != null && person.worksAt().stream().noneMatch(w -> w.organisation().key().equals(employer.key()))) {
						person.worksAt().add(new Employment(null, credit.title(), e.published(), employer));
					}
					if (credit.role() == Role.HOST && person.hosts().stream().noneMatch(p -> p.key().equals(podcast.key()))) {
						person.hosts().add(podcast);
					}
				}
				episodes.save(episode);
			}
			organisations.saveAll(organisationsByKey.values());
			people.saveAll(peopleByKey.values());
		});
	}

	private List<String> organisationKeys(ExtractedEpisode e) {
		List<String> keys = new ArrayList<>();
		e.podcast().producers().forEach(o -> keys.add(o.key()));
		e.sponsors().forEach(o -> keys.add(o.key()));
		e.people().stream().filter(p -> p.organisation() != null).forEach(p -> keys.add(p.organisation().key()));
		return keys;
	}

	private static Organisation organisation(Map<String, Organisation> byKey, OrganisationName name) {
		return byKey.computeIfAbsent(name.key(),
				k -> new Organisation(k, name.name(), new ArrayList<>(name.aliases()), new ArrayList<>()));
	}

	private static String topicName(ExtractedEpisode e, String key) {
		return e.topics().stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow().topic();
	}

	private static List<String> keys(List<ExtractedEpisode> batch, Function<ExtractedEpisode, Collection<String>> keys) {
		return batch.stream().flatMap(e -> keys.apply(e).stream()).distinct().toList();
	}

	/** Loaded entities made mutable: the records hold the lists Spring Data gave them. */
	private static <T> Map<String, T> load(Iterable<T> loaded, Function<T, String> key) {
		Map<String, T> byKey = new HashMap<>();
		for (T entity : loaded) {
			byKey.put(key.apply(entity), mutable(entity));
		}
		return byKey;
	}

	@SuppressWarnings("unchecked")
	private static <T> T mutable(T entity) {
		return switch (entity) {
			case Person p -> (T) new Person(p.key(), p.name(), new ArrayList<>(p.appearances()),
					new ArrayList<>(p.worksAt()), new ArrayList<>(p.hosts()));
			case Organisation o -> (T) new Organisation(o.key(), o.name(), new ArrayList<>(o.aliases()),
					new ArrayList<>(o.produces()));
			default -> entity;
		};
	}

}
