package dev.podgraph.ingest.resolve;

import java.io.InputStream;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

import dev.podgraph.graph.Role;

/**
 * Editorial corrections, kept in a versioned file and applied to every ingested episode, so that they survive
 * re-ingesting: other names of organisations, people and topics (merging two into one, or renaming), and fixes of a
 * person's title, organisation or role.
 *
 * @param organisations organisations with the other names that mean them
 * @param people people with the other spellings of their name, and fixes of their title and organisation
 * @param appearances fixes of one person's role, title or organisation on one episode
 * @param topics topics with the other names that mean them (a rename, or a merge of candidates)
 */
public record Corrections(List<Entity> organisations, List<Person> people, List<Appearance> appearances,
		List<Entity> topics) {

	/** No corrections at all. */
	public static final Corrections NONE = new Corrections(null, null, null, null);

	public Corrections {
		organisations = organisations == null ? List.of() : List.copyOf(organisations);
		people = people == null ? List.of() : List.copyOf(people);
		appearances = appearances == null ? List.of() : List.copyOf(appearances);
		topics = topics == null ? List.of() : List.copyOf(topics);
	}

	/**
	 * An organisation or topic and the other names that mean it.
	 * @param name the name to use
	 * @param aliases other names; each is resolved to {@code name}
	 */
	public record Entity(String name, List<String> aliases) {

		public Entity {
			require(name, "every organisation and topic correction needs a name");
			aliases = aliases == null ? List.of() : List.copyOf(aliases);
		}

	}

	/**
	 * A person, the other spellings of their name, and optionally the title and organisation to use wherever they
	 * appear.
	 * @param name the name to use
	 * @param aliases other spellings; each is resolved to {@code name}
	 * @param title the title to use, or {@code null} to keep what each page says
	 * @param organisation the organisation to use, or {@code null} to keep what each page says
	 */
	public record Person(String name, List<String> aliases, String title, String organisation) {

		public Person {
			require(name, "every person correction needs a name");
			aliases = aliases == null ? List.of() : List.copyOf(aliases);
		}

	}

	/**
	 * A fix for one person on one episode.
	 * @param episode the episode's key
	 * @param person the person's name
	 * @param role the role to use, or {@code null}
	 * @param title the title to use, or {@code null}
	 * @param organisation the organisation to use, or {@code null}
	 */
	public record Appearance(String episode, String person, Role role, String title, String organisation) {

		public Appearance {
			require(episode, "every appearance correction needs an episode key");
			require(person, "every appearance correction needs a person");
		}

	}

	/**
	 * @param yaml the corrections file
	 * @return its corrections
	 * @throws IllegalArgumentException when the file is not valid, naming what is wrong
	 */
	public static Corrections read(InputStream yaml) {
		try {
			Corrections corrections = YAMLMapper.builder()
				.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
				.build()
				.readValue(yaml, Corrections.class);
			return corrections == null ? NONE : corrections;
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("The corrections file cannot be read: " + ex.getOriginalMessage(), ex);
		}
	}

	private static void require(String value, String message) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(message);
		}
	}

}
