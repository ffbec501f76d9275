package dev.podgraph.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import dev.podgraph.graph.WriteOutcome.Change;

/**
 * What a bulk ingest did: each page ingested, each page refused.
 *
 * @param imported the ingested pages
 * @param failures the refused pages, with their reasons
 */
public record IngestReport(List<ImportedEpisode> imported, List<PageFailure> failures) {

	public IngestReport {
		imported = List.copyOf(imported);
		failures = List.copyOf(failures);
	}

	/** @return the reports of several batches as one */
	public static IngestReport merge(Collection<IngestReport> reports) {
		List<ImportedEpisode> imported = new ArrayList<>();
		List<PageFailure> failures = new ArrayList<>();
		reports.forEach(r -> {
			imported.addAll(r.imported());
			failures.addAll(r.failures());
		});
		return new IngestReport(imported, failures);
	}

	public long count(Change change) {
		return imported.stream().filter(p -> p.change() == change).count();
	}

	/** @return how many distinct people the ingested episodes name (hosts, guests, mentions of people) */
	public int people() {
		Set<String> people = distinct(p -> concat(p.hosts(), p.guests()));
		return people.size();
	}

	/** @return how many distinct organisations the ingested episodes name */
	public int organisations() {
		return distinct(ImportedEpisode::organisations).size();
	}

	/** @return how many distinct topics the ingested episodes discussed */
	public int topics() {
		return distinct(ImportedEpisode::topics).size();
	}

	private Set<String> distinct(Function<ImportedEpisode, List<String>> names) {
		Set<String> all = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		imported.forEach(p -> all.addAll(names.apply(p)));
		return all;
	}

	private static List<String> concat(List<String> a, List<String> b) {
		List<String> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

}
