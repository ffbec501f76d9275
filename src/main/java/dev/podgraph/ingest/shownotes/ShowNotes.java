package dev.podgraph.ingest.shownotes;

import java.time.LocalDate;
import java.util.List;

/**
 * What one show-notes page says about its episode, as written on the page: names are not yet resolved and bullets
 * not yet turned into topics.
 *
 * @param podcastTitle the podcast's title, or {@code null}
 * @param podcastDescription the "About the Podcast" text, or {@code null}
 * @param producers organisations that produce the podcast
 * @param season the season number, or {@code null}
 * @param number the episode number, or {@code null}
 * @param title the episode's title, or {@code null}
 * @param published the publication date, or {@code null}
 * @param summary the introductory paragraph, or {@code null}
 * @param hosts the people who host the episode
 * @param guests the people the host is joined by
 * @param sponsors organisations thanked as sponsors
 * @param bullets the list items of the show notes, each the evidence of what was discussed
 * @param mentions people and organisations given a shout-out
 */
public record ShowNotes(String podcastTitle, String podcastDescription, List<String> producers, Integer season,
		Integer number, String title, LocalDate published, String summary, List<Credit> hosts, List<Credit> guests,
		List<String> sponsors, List<String> bullets, List<Mention> mentions) {

	public ShowNotes {
		producers = List.copyOf(producers);
		hosts = List.copyOf(hosts);
		guests = List.copyOf(guests);
		sponsors = List.copyOf(sponsors);
		bullets = List.copyOf(bullets);
		mentions = List.copyOf(mentions);
	}

	/**
	 * A person as the page introduces them.
	 * @param name their name
	 * @param title their job title, or {@code null}
	 * @param organisation where they work, or {@code null}
	 * @param organisationAliases other names of that organisation given on the page
	 */
	public record Credit(String name, String title, String organisation, List<String> organisationAliases) {

		public Credit {
			organisationAliases = List.copyOf(organisationAliases);
		}

		Credit withAliases(List<String> aliases) {
			return new Credit(name, title, organisation, aliases);
		}

		Credit withRole(String title, String organisation) {
			return new Credit(name, this.title != null ? this.title : title,
					this.organisation != null ? this.organisation : organisation, organisationAliases);
		}

	}

	/**
	 * A person or organisation the page gives a shout-out to.
	 * @param name the name
	 * @param person whether it reads as a person's name (otherwise an organisation)
	 */
	public record Mention(String name, boolean person) {
	}

}
