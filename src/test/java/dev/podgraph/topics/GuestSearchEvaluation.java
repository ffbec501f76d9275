package dev.podgraph.topics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import tools.jackson.dataformat.yaml.YAMLMapper;

import dev.podgraph.topics.GuestAnswer.Appearance;
import dev.podgraph.topics.GuestAnswer.Guest;
import dev.podgraph.topics.GuestAnswer.Method;

/**
 * Scores "which guests talked about X?" against the hand-built evaluation set ({@code eval/guests-by-topic.yml}).
 * <p>
 * Precision@5 is the share of right answers among the first five given (or among all given, if fewer): what a
 * listener sees at the top of the list. An empty answer to a question that has answers scores 0. Recall@10 is the
 * share of the right answers found among the first ten. Both are computed for guests and for episodes, and averaged
 * over the questions; "first right" is the share of questions whose first guest is a right one.
 */
final class GuestSearchEvaluation {

	/** One question of the set. */
	record Question(String question, List<String> guests, List<String> episodes) {
	}

	record QuestionSet(List<Question> questions) {
	}

	/**
	 * The averages for one method.
	 * @param method the method
	 * @param guestPrecision5 guests' precision@5
	 * @param guestRecall10 guests' recall@10
	 * @param episodePrecision5 episodes' precision@5
	 * @param episodeRecall10 episodes' recall@10
	 * @param firstRight share of questions whose first guest is right
	 * @param misses the questions whose first guest was wrong or missing, with what came first
	 */
	record Scores(Method method, double guestPrecision5, double guestRecall10, double episodePrecision5,
			double episodeRecall10, double firstRight, List<String> misses) {
	}

	static List<Question> questions() {
		try (InputStream in = GuestSearchEvaluation.class.getResourceAsStream("/eval/guests-by-topic.yml")) {
			return YAMLMapper.builder().build().readValue(in, QuestionSet.class).questions();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Scores score(GuestFinder finder, Method method, List<Question> questions) {
		double gp = 0;
		double gr = 0;
		double ep = 0;
		double er = 0;
		double first = 0;
		List<String> misses = new ArrayList<>();
		for (Question question : questions) {
			GuestAnswer answer = finder.find(question.question(), method, 10);
			List<String> guests = answer.guests().stream().map(g -> normal(g.person().name())).toList();
			Set<String> episodes = new LinkedHashSet<>();
			answer.guests()
				.stream()
				.flatMap(g -> g.episodes().stream())
				.sorted((a, b) -> Double.compare(b.score(), a.score()))
				.map(Appearance::episode)
				.forEach(e -> episodes.add(normal(e.title())));
			Set<String> rightGuests = normalSet(question.guests());
			Set<String> rightEpisodes = normalSet(question.episodes());
			gp += precisionAt(5, guests, rightGuests);
			gr += recallAt(10, guests, rightGuests);
			ep += precisionAt(5, List.copyOf(episodes), rightEpisodes);
			er += recallAt(10, List.copyOf(episodes), rightEpisodes);
			if (!guests.isEmpty() && rightGuests.contains(guests.getFirst())) {
				first++;
			}
			else {
				misses.add(question.question() + " -> "
						+ (answer.guests().isEmpty() ? "nothing" : answer.guests().stream().limit(3).map(Guest::person)
							.map(p -> p.name()).toList()));
			}
		}
		int n = questions.size();
		return new Scores(method, gp / n, gr / n, ep / n, er / n, first / n, misses);
	}

	static double precisionAt(int k, List<String> ranked, Set<String> right) {
		List<String> top = ranked.subList(0, Math.min(k, ranked.size()));
		if (top.isEmpty()) {
			return right.isEmpty() ? 1 : 0;
		}
		return (double) top.stream().filter(right::contains).count() / top.size();
	}

	static double recallAt(int k, List<String> ranked, Set<String> right) {
		if (right.isEmpty()) {
			return 1;
		}
		return (double) ranked.subList(0, Math.min(k, ranked.size())).stream().filter(right::contains).count()
				/ right.size();
	}

	static String table(List<Scores> scores, int questions) {
		StringBuilder table = new StringBuilder();
		table.append("| method | guests P@5 | guests R@10 | first guest right | episodes P@5 | episodes R@10 |\n");
		table.append("|---|---:|---:|---:|---:|---:|\n");
		for (Scores s : scores) {
			table.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.2f | %.2f |%n", s.method(),
					s.guestPrecision5(), s.guestRecall10(), s.firstRight(), s.episodePrecision5(), s.episodeRecall10()));
		}
		table.append(questions).append(" questions\n");
		return table.toString();
	}

	private static Set<String> normalSet(List<String> values) {
		Set<String> set = new LinkedHashSet<>();
		values.forEach(v -> set.add(normal(v)));
		return set;
	}

	/** Names and titles compared without case, accents or spacing. */
	static String normal(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKD)
			.replaceAll("\\p{M}+", "")
			.replace('ı', 'i')
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^\\p{L}\\p{N}]+", " ")
			.strip();
	}

}
