package dev.podgraph.ingest.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.podgraph.graph.ExtractedEpisode.OrganisationName;

/**
 * Resolves names to the one organisation, person or topic they mean: through the corrections file first, then through
 * the aliases organisations already have in the graph. Each resolved organisation carries every alias known for it,
 * so the graph learns the aliases too.
 */
public final class EntityResolver {

	private final Corrections corrections;

	/** Normalised name or alias to the canonical organisation name. */
	private final Map<String, String> organisationNames = new HashMap<>();

	/** Canonical organisation name (normalised) to its aliases. */
	private final Map<String, Set<String>> organisationAliases = new HashMap<>();

	private final Map<String, Corrections.Person> people = new HashMap<>();

	private final Map<String, String> topics = new HashMap<>();

	/**
	 * @param corrections the editorial corrections
	 * @param knownAliases organisations in the graph that have aliases: name to aliases
	 */
	public EntityResolver(Corrections corrections, Map<String, List<String>> knownAliases) {
		this.corrections = corrections;
		knownAliases.forEach(this::learnOrganisation);
		// Corrections come last so that they win over what the graph holds.
		for (Corrections.Entity organisation : corrections.organisations()) {
			learnOrganisation(organisation.name(), organisation.aliases());
			organisationNames.put(Names.normalise(organisation.name()), organisation.name());
			organisation.aliases().forEach(a -> organisationNames.put(Names.normalise(a), organisation.name()));
		}
		for (Corrections.Person person : corrections.people()) {
			people.put(Names.normalise(person.name()), person);
			person.aliases().forEach(a -> people.put(Names.normalise(a), person));
		}
		for (Corrections.Entity topic : corrections.topics()) {
			topics.put(Names.normalise(topic.name()), topic.name());
			topic.aliases().forEach(a -> topics.put(Names.normalise(a), topic.name()));
		}
	}

	private void learnOrganisation(String name, List<String> aliases) {
		organisationNames.putIfAbsent(Names.normalise(name), name);
		Set<String> known = organisationAliases.computeIfAbsent(Names.normalise(name), k -> new LinkedHashSet<>());
		for (String alias : aliases) {
			organisationNames.putIfAbsent(Names.normalise(alias), name);
			known.add(alias);
		}
	}

	/**
	 * @param name an organisation's name as a page gives it
	 * @param aliases other names the page gives it
	 * @return the organisation it means, with every alias known for it (including {@code name} when it is not the
	 * canonical name)
	 */
	public OrganisationName organisation(String name, List<String> aliases) {
		String canonical = canonicalOrganisation(name, aliases);
		Set<String> all = new LinkedHashSet<>(organisationAliases.getOrDefault(Names.normalise(canonical), Set.of()));
		if (!Names.normalise(name).equals(Names.normalise(canonical))) {
			all.add(name);
		}
		all.addAll(aliases);
		all.removeIf(a -> Names.normalise(a).equals(Names.normalise(canonical)));
		// What this page taught is remembered for the next pages of the same run.
		learnOrganisation(canonical, new ArrayList<>(all));
		return new OrganisationName(canonical, List.copyOf(all));
	}

	private String canonicalOrganisation(String name, List<String> aliases) {
		String known = organisationNames.get(Names.normalise(name));
		if (known != null) {
			return known;
		}
		for (String alias : aliases) {
			known = organisationNames.get(Names.normalise(alias));
			if (known != null) {
				return known;
			}
		}
		return name;
	}

	/** @return the person's name as the corrections spell it, or as given */
	public String personName(String name) {
		return person(name).map(Corrections.Person::name).orElse(name);
	}

	/** @return the person's corrections, if any */
	public Optional<Corrections.Person> person(String name) {
		return Optional.ofNullable(people.get(Names.normalise(name)));
	}

	/** @return the topic's name as the corrections give it, or as given */
	public String topicName(String name) {
		return topics.getOrDefault(Names.normalise(name), name);
	}

	/**
	 * @param name a topic's name as extracted
	 * @param candidate whether it was extracted as a candidate (outside the vocabulary)
	 * @return whether it stays a candidate: a topic the corrections name (promoted as it is, renamed, or merged into
	 * another) has been curated by an editor, so it is not
	 */
	public boolean candidateTopic(String name, boolean candidate) {
		return candidate && !topics.containsKey(Names.normalise(name));
	}

	/** @return the fix for this person on this episode, if any */
	public Optional<Corrections.Appearance> appearance(String episodeKey, String personName) {
		return corrections.appearances()
			.stream()
			.filter(a -> a.episode().equals(episodeKey) && Names.normalise(a.person()).equals(Names.normalise(personName)))
			.findFirst();
	}

}
