package dev.podgraph.recommend;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

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
		List<Scored> left = new ArrayList<>(ranked);
		List<Scored> picked = new ArrayList<>();
		double top = ranked.stream().mapToDouble(Scored::score).max().orElse(1);
		Map<String, Integer> guestsPicked = new HashMap<>();
		while (picked.size() < limit && !left.isEmpty()) {
			Scored best = null;
			double bestValue = Double.NEGATIVE_INFINITY;
			boolean capped = true;
			for (Scored candidate : left) {
				if (guests(candidate).stream().anyMatch(g -> guestsPicked.getOrDefault(g, 0) >= perGuest)) {
					continue;
				}
				capped = false;
				double closest = 0;
				for (Scored already : picked) {
					closest = Math.max(closest, likeness(candidate, already));
				}
				double value = (1 - diversity) * candidate.score() / top - diversity * closest;
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
			guests(best).forEach(g -> guestsPicked.merge(g, 1, Integer::sum));
		}
		return picked;
	}

	/**
	 * How alike two candidates are, from 0 to 1, by what each shares with the episode: the same guest makes them
	 * alike; so, less, do the same podcast and the same shared topics.
	 */
	static double likeness(Scored a, Scored b) {
		Set<String> guests = new HashSet<>(guests(a));
		boolean sameGuest = guests(b).stream().anyMatch(guests::contains);
		if (sameGuest) {
			return 1;
		}
		boolean samePodcast = a.episode().podcast() != null && b.episode().podcast() != null
				&& Objects.equals(a.episode().podcast().key(), b.episode().podcast().key());
		return Math.min(1, (samePodcast ? 0.5 : 0) + 0.5 * jaccard(a.candidate().topics(), b.candidate().topics()));
	}

	private static List<String> guests(Scored scored) {
		return scored.candidate().people().stream().filter(p -> p.role() == Role.GUEST).map(SharedPerson::key).toList();
	}

	private static double jaccard(List<String> a, List<String> b) {
		if (a.isEmpty() && b.isEmpty()) {
			return 0;
		}
		Set<String> union = new HashSet<>(a);
		union.addAll(b);
		Set<String> both = new HashSet<>(a);
		both.retainAll(new HashSet<>(b));
		return (double) both.size() / union.size();
	}

}
