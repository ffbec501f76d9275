package dev.podgraph.recommend;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.podgraph.graph.NodeRef;
import dev.podgraph.graph.Role;
import dev.podgraph.recommend.RelatedQueries.SharedPerson;
import dev.podgraph.recommend.Similarity.Scored;

/**
 * Picks a list that is good as a list, by maximal marginal relevance: each next pick is the episode with the best
 * balance of its own score and its difference from those already picked, so that five episodes with the same guest, or
 * five of the same podcast about the same topics, do not fill a page. Beyond that balance, at most {@code perGuest}
 * episodes sharing one guest are picked at all.
 */
final class Diversifier {

	private final double diversity;

	private final int perGuest;

	/**
	 * @param diversity from 0 (a plain ranking) to 1 (only difference counts)
	 * @param perGuest the most episodes picked that share one guest with the episode
	 */
	Diversifier(double diversity, int perGuest) {
		this.diversity = diversity;
		this.perGuest = perGuest;
	}

	/**
	 * @param ranked candidates, best first
	 * @param limit the most to pick
	 * @return the picks, in the order picked; fewer than {@code limit} when only episodes of guests picked enough
	 * times are left
	 */
	List<Scored> pick(List<Scored> ranked, int limit) {
		// What makes two candidates alike, worked out once per candidate rather than once per pair and round.
		List<Features> left = new ArrayList<>(ranked.stream().map(Features::of).toList());
		List<Features> picked = new ArrayList<>();
		double top = ranked.stream().mapToDouble(Scored::score).max().orElse(1);
		Map<String, Integer> guestsPicked = new HashMap<>();
		while (picked.size() < limit && !left.isEmpty()) {
			Features best = null;
			double bestValue = Double.NEGATIVE_INFINITY;
			boolean capped = true;
			for (Features candidate : left) {
				if (candidate.guests().stream().anyMatch(g -> guestsPicked.getOrDefault(g, 0) >= perGuest)) {
					continue;
				}
				capped = false;
				double closest = 0;
				for (Features already : picked) {
					closest = Math.max(closest, candidate.likeness(already));
				}
				double value = (1 - diversity) * candidate.scored().score() / top - diversity * closest;
				if (value > bestValue) {
					bestValue = value;
					best = candidate;
				}
			}
			if (capped) {
				// Only episodes of guests already picked enough are left.
				break;
			}
			picked.add(best);
			left.remove(best);
			best.guests().forEach(g -> guestsPicked.merge(g, 1, Integer::sum));
		}
		return picked.stream().map(Features::scored).toList();
	}

	/**
	 * How alike two candidates are, from 0 to 1, by what each shares with the episode: the same guest makes them
	 * alike; so, less, do the same podcast and the same shared topics.
	 */
	static double likeness(Scored a, Scored b) {
		return Features.of(a).likeness(Features.of(b));
	}

	/** A candidate with what its likeness to another depends on. */
	private record Features(Scored scored, Set<String> guests, Set<String> topics, String podcast) {

		static Features of(Scored scored) {
			Set<String> guests = new HashSet<>();
			for (SharedPerson person : scored.candidate().people()) {
				if (person.role() == Role.GUEST) {
					guests.add(person.key());
				}
			}
			NodeRef podcast = scored.episode().podcast();
			return new Features(scored, guests, new HashSet<>(scored.candidate().topics()),
					podcast == null ? null : podcast.key());
		}

		double likeness(Features other) {
			for (String guest : guests) {
				if (other.guests.contains(guest)) {
					return 1;
				}
			}
			boolean samePodcast = podcast != null && podcast.equals(other.podcast);
			return Math.min(1, (samePodcast ? 0.5 : 0) + 0.5 * jaccard(topics, other.topics));
		}

		private static double jaccard(Set<String> a, Set<String> b) {
			if (a.isEmpty() && b.isEmpty()) {
				return 0;
			}
			int both = 0;
			for (String topic : a) {
				if (b.contains(topic)) {
					both++;
				}
			}
			return (double) both / (a.size() + b.size() - both);
		}

	}

}
