package dev.podgraph.search;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

/**
 * Sentence embeddings, computed in-process: all-MiniLM-L6-v2 (quantized ONNX), 384 dimensions, normalised. The model
 * loads on first use (about 0.3 s). Texts already embedded are remembered, so a line repeated across episodes (a
 * podcast's boilerplate, a common bullet) cost nothing.
 * <p>
 * ONNX Runtime runs each text on one thread. By default it would split each text's work across a pool of threads
 * that spin while they wait for the next text: measured here, a question embedded between other work kept a second
 * processor busy spinning, taking it from the searches and the other requests. Batches are still spread over the
 * processors, a part of the batch per thread.
 */
public class Embedder {

	/** The number of dimensions of every vector, as the vector indexes expect. */
	public static final int DIMENSIONS = 384;

	/** The model reads at most 256 word pieces; longer text is cut, so there is no point in sending more. */
	private static final int MAX_CHARS = 2_000;

	private final Map<String, float[]> cache;

	private volatile EmbeddingModel model;

	/**
	 * @param cacheSize how many texts' embeddings to remember
	 */
	public Embedder(int cacheSize) {
		this.cache = new LinkedHashMap<>(1024, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
				return size() > cacheSize;
			}
		};
	}

	/**
	 * @param text any text
	 * @return its embedding
	 */
	public float[] embed(String text) {
		return embedAll(List.of(text)).getFirst();
	}

	/**
	 * A question is embedded afresh, not remembered: questions seldom repeat, and the cache is for what is ingested.
	 * @param question a question in any words
	 * @return its embedding
	 */
	public float[] embedQuestion(String question) {
		return model().embed(normal(question)).content().vector();
	}

	/**
	 * @param texts any texts
	 * @return their embeddings, in the same order; those not remembered are computed in one batch
	 */
	public List<float[]> embedAll(List<String> texts) {
		List<String> keys = texts.stream().map(Embedder::normal).toList();
		Map<String, float[]> found = new HashMap<>();
		LinkedHashSet<String> wanted = new LinkedHashSet<>();
		synchronized (cache) {
			for (String key : keys) {
				float[] vector = cache.get(key);
				if (vector != null) {
					found.put(key, vector);
				}
				else {
					wanted.add(key);
				}
			}
		}
		List<String> missing = List.copyOf(wanted);
		if (!missing.isEmpty()) {
			List<Embedding> computed = model().embedAll(missing.stream().map(TextSegment::from).toList()).content();
			synchronized (cache) {
				for (int i = 0; i < missing.size(); i++) {
					float[] vector = computed.get(i).vector();
					found.put(missing.get(i), vector);
					cache.put(missing.get(i), vector);
				}
			}
		}
		return keys.stream().map(found::get).toList();
	}

	private static String normal(String text) {
		String stripped = text == null || text.isBlank() ? "-" : text.strip().replaceAll("\\s+", " ");
		return stripped.length() <= MAX_CHARS ? stripped : stripped.substring(0, MAX_CHARS);
	}

	private EmbeddingModel model() {
		EmbeddingModel loaded = model;
		if (loaded == null) {
			synchronized (this) {
				if (model == null) {
					model = MiniLm.load();
				}
				loaded = model;
			}
		}
		return loaded;
	}

	/** The quantized all-MiniLM-L6-v2 of LangChain4j's jar, in an ONNX session of one thread per text. */
	private static final class MiniLm extends AbstractInProcessEmbeddingModel {

		private static final String MODEL = "all-minilm-l6-v2-q.onnx";

		private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

		private final OnnxBertBiEncoder encoder;

		private MiniLm(OnnxBertBiEncoder encoder) {
			// No executor given: LangChain4j spreads a batch's parts over its own pool of threads.
			super(null);
			this.encoder = encoder;
		}

		static MiniLm load() {
			ClassLoader loader = MiniLm.class.getClassLoader();
			try (var model = loader.getResourceAsStream(MODEL); var tokenizer = loader.getResourceAsStream(TOKENIZER)) {
				if (model == null || tokenizer == null) {
					throw new IllegalStateException("The embedding model " + MODEL + " is not on the classpath");
				}
				OrtEnvironment environment = OrtEnvironment.getEnvironment();
				OrtSession.SessionOptions options = new OrtSession.SessionOptions();
				options.setIntraOpNumThreads(1);
				OrtSession session = environment.createSession(model.readAllBytes(), options);
				return new MiniLm(new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN));
			}
			catch (java.io.IOException | OrtException ex) {
				throw new IllegalStateException("Cannot load the embedding model " + MODEL, ex);
			}
		}

		@Override
		protected OnnxBertBiEncoder model() {
			return encoder;
		}

		@Override
		protected Integer knownDimension() {
			return DIMENSIONS;
		}

	}

}
