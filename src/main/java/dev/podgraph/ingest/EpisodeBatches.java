package dev.podgraph.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

import dev.podgraph.graph.BatchOutcome;
import dev.podgraph.graph.EpisodeWriter;
import dev.podgraph.graph.ExtractedEpisode;
import dev.podgraph.graph.ExtractedEpisode.PersonCredit;
import dev.podgraph.graph.Role;
import dev.podgraph.graph.TransientErrors;
import dev.podgraph.graph.WriteOutcome;
import dev.podgraph.graph.WriteOutcome.Change;
import dev.podgraph.ingest.InvalidPage.Reason;

/**
 * Writes a batch of episodes, from pages or feed items, in one transaction; when the database refuses the batch,
 * writes them one by one so that only the episode it refuses is lost, and says which.
 */
final class EpisodeBatches {

	private static final Logger log = LoggerFactory.getLogger(EpisodeBatches.class);

	/**
	 * An episode and where it came from.
	 * @param source a page, a feed item
	 * @param episode the episode
	 */
	record Sourced(String source, ExtractedEpisode episode) {
	}

	private final EpisodeWriter writer;

	EpisodeBatches(EpisodeWriter writer) {
		this.writer = writer;
	}

	/**
	 * @param episodes the episodes, in the order they were read
	 * @param failures where the episodes the database refused are reported
	 * @return one result for each episode written
	 */
	List<ImportedEpisode> write(List<Sourced> episodes, List<PageFailure> failures) {
		List<ImportedEpisode> imported = new ArrayList<>();
		if (episodes.isEmpty()) {
			return imported;
		}
		try {
			Map<String, WriteOutcome> outcomes = new LinkedHashMap<>();
			BatchOutcome batch = writer.writeAll(episodes.stream().map(Sourced::episode).toList());
			batch.episodes().forEach(o -> outcomes.put(o.key(), o));
			// Pages of one episode in one batch read as if ingested one after the other: the first gets the batch's
			// outcome, a later identical one is unchanged, a later different one an update.
			Map<String, ExtractedEpisode> seen = new LinkedHashMap<>();
			for (Sourced sourced : episodes) {
				ExtractedEpisode episode = sourced.episode();
				ExtractedEpisode earlier = seen.put(episode.key(), episode);
				WriteOutcome outcome = earlier == null ? outcomes.get(episode.key())
						: new WriteOutcome(episode.key(), earlier.equals(episode) ? Change.UNCHANGED : Change.UPDATED);
				imported.add(imported(sourced.source(), episode, outcome));
			}
		}
		catch (DataAccessException | TransactionException ex) {
			if (TransientErrors.isUnavailable(ex)) {
				// No episode is at fault: the database is away (and was tried for a while). The ingest stops here;
				// the batches written so far are whole, this one is absent.
				throw ex;
			}
			// One episode the database refuses must not lose the others: write them one by one to find it.
			log.warn("A batch of {} episodes failed ({}); writing them one by one", episodes.size(), ex.getMessage());
			for (Sourced sourced : episodes) {
				try {
					imported.add(imported(sourced.source(), sourced.episode(), writer.write(sourced.episode())));
				}
				catch (DataAccessException | TransactionException single) {
					if (TransientErrors.isUnavailable(single)) {
						throw single;
					}
					failures.add(new PageFailure(sourced.source(), Reason.INVALID,
							"The database refused the episode: " + single.getMostSpecificCause().getMessage()));
				}
			}
		}
		return imported;
	}

	static ImportedEpisode imported(String source, ExtractedEpisode e, WriteOutcome outcome) {
		List<String> organisations = new ArrayList<>();
		e.podcast().producers().forEach(o -> organisations.add(o.name()));
		e.people().stream().filter(p -> p.organisation() != null).forEach(p -> organisations.add(p.organisation().name()));
		e.sponsors().forEach(o -> organisations.add(o.name()));
		e.mentions()
			.stream()
			.filter(m -> m.kind() == ExtractedEpisode.Mention.Kind.ORGANISATION)
			.forEach(m -> organisations.add(m.name()));
		return new ImportedEpisode(source, e.key(), outcome.change(), e.podcast().title(), e.title(),
				names(e.people(), Role.HOST), names(e.people(), Role.GUEST),
				e.sponsors().stream().map(o -> o.name()).toList(), organisations.stream().distinct().toList(),
				e.topics().stream().map(t -> t.topic()).distinct().toList(),
				e.mentions().stream().map(m -> m.name()).toList());
	}

	private static List<String> names(List<PersonCredit> people, Role role) {
		return people.stream().filter(p -> p.role() == role).map(PersonCredit::name).toList();
	}

}
