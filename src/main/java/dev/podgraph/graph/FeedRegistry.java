package dev.podgraph.graph;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Remembers each feed's URL, validators and content hash on its podcast node.
 */
@Service
public class FeedRegistry {

	private static final String FIND = """
			MATCH (p:Podcast {feedUrl: $url})
			RETURN p.key AS podcast, p.feedEtag AS etag, p.feedLastModified AS lastModified, p.feedHash AS hash
			LIMIT 1
			""";

	// Written only when something changed, so that re-reading an unchanged feed writes nothing at all.
	private static final String SAVE = """
			MATCH (p:Podcast {key: $podcast})
			WITH p WHERE p.feedUrl IS NULL OR p.feedUrl <> $url OR coalesce(p.feedEtag, '') <> coalesce($etag, '')
			  OR coalesce(p.feedLastModified, '') <> coalesce($lastModified, '') OR coalesce(p.feedHash, '') <> coalesce($hash, '')
			SET p.feedUrl = $url, p.feedEtag = $etag, p.feedLastModified = $lastModified, p.feedHash = $hash
			""";

	private final Neo4jClient neo4j;

	FeedRegistry(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * @param url a feed's URL
	 * @return what was remembered of it, if it was read before
	 */
	@Transactional(readOnly = true)
	public Optional<FeedState> find(String url) {
		return neo4j.query(FIND)
			.bind(url)
			.to("url")
			.fetchAs(FeedState.class)
			.mappedBy((types, row) -> new FeedState(url, row.get("podcast").asString(), RowMapping.string(row.get("etag")),
					RowMapping.string(row.get("lastModified")), RowMapping.string(row.get("hash"))))
			.one();
	}

	/**
	 * @param state what to remember; its podcast must exist
	 */
	@Transactional
	public void save(FeedState state) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("podcast", state.podcastKey());
		parameters.put("url", state.url());
		parameters.put("etag", state.etag());
		parameters.put("lastModified", state.lastModified());
		parameters.put("hash", state.contentHash());
		neo4j.query(SAVE).bindAll(parameters).run();
	}

}
