package dev.podgraph.recommend;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Scores rankings of related episodes against the hand-judged set ({@code eval/related-episodes.yml}) by nDCG@5: the
 * gain of each of the first five answers (2^grade - 1, grade 2 for clearly related, 1 for related, 0 otherwise),
 * discounted by log2 of its rank + 1, over the best gain the judgements allow. Also P@5, the share of the first five
 * that are related at all.
 */
final class RelatedEvaluation {

	static final int K = 5;

	/** One judged episode: its title's start, and the related ones' title starts with their grades. */
	record Query(String episode, Map<String, Integer> related) {
	}

	record QuerySet(List<Query> queries) {
	}

	/** A query with titles resolved to keys. */
	record Judged(String episode, Map<String, Integer> grades) {
	}

	/**
	 * The averages of one ranker.
	 * @param name the ranker
	 * @param ndcg5 mean nDCG@5
	 * @param precision5 mean P@5
	 */
	record Scores(String name, double ndcg5, double precision5) {
	}

	/** Ranks the other episodes for an episode; the best {@code k} keys. */
	interface Ranker {

		List<String> rank(String episode, int k);

	}

	private RelatedEvaluation() {
	}

	static List<Query> queries() {
		try (InputStream in = RelatedEvaluation.class.getResourceAsStream("/eval/related-episodes.yml")) {
			return YAMLMapper.builder().build().readValue(in, QuerySet.class).queries();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @param queries the judged set
	 * @param titles every episode of the catalogue, key to title
	 * @return the set with each title's start resolved to the one episode it names
	 * @throws IllegalStateException for a title that names no episode or several
	 */
	static List<Judged> resolve(List<Query> queries, Map<String, String> titles) {
		List<Judged> judged = new ArrayList<>();
		for (Query query : queries) {
			Map<String, Integer> grades = new LinkedHashMap<>();
			query.related().forEach((title, grade) -> grades.put(key(title, titles), grade));
			judged.add(new Judged(key(query.episode(), titles), grades));
		}
		return judged;
	}

	private static String key(String start, Map<String, String> titles) {
		List<String> keys = titles.entrySet().stream().filter(t -> t.getValue().startsWith(start)).map(Map.Entry::getKey).toList();
		if (keys.size() != 1) {
			throw new IllegalStateException("\"" + start + "\" names " + keys.size() + " episodes, not one");
		}
		return keys.getFirst();
	}

	static Scores score(String name, Ranker ranker, List<Judged> judged) {
		double ndcg = 0;
		double precision = 0;
		for (Judged query : judged) {
			List<String> ranked = ranker.rank(query.episode(), K);
			ndcg += ndcg(ranked, query.grades());
			precision += ranked.stream().limit(K).filter(query.grades()::containsKey).count() / (double) K;
		}
		return new Scores(name, ndcg / judged.size(), precision / judged.size());
	}

	static double ndcg(List<String> ranked, Map<String, Integer> grades) {
		double dcg = 0;
		for (int i = 0; i < Math.min(K, ranked.size()); i++) {
			dcg += gain(grades.getOrDefault(ranked.get(i), 0)) / log2(i + 2);
		}
		List<Integer> ideal = grades.values().stream().sorted(Comparator.reverseOrder()).toList();
		double best = 0;
		for (int i = 0; i < Math.min(K, ideal.size()); i++) {
			best += gain(ideal.get(i)) / log2(i + 2);
		}
		return best == 0 ? 0 : dcg / best;
	}

	private static double gain(int grade) {
		return Math.pow(2, grade) - 1;
	}

	private static double log2(double x) {
		return Math.log(x) / Math.log(2);
	}

	static String table(List<Scores> scores, int queries) {
		StringBuilder table = new StringBuilder();
		table.append("Related episodes, ").append(queries).append(" judged episodes\n\n");
		table.append("| ranking | nDCG@5 | P@5 |\n|---|---:|---:|\n");
		for (Scores s : scores) {
			table.append(String.format(Locale.ROOT, "| %s | %.3f | %.2f |%n", s.name(), s.ndcg5(), s.precision5()));
		}
		return table.toString();
	}

}
