package dev.podgraph.ingest;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;
import org.springframework.util.unit.DataSize;

/**
 * Ingest settings.
 *
 * @param maxPageSize the largest show-notes page accepted
 * @param corrections the editorial corrections file, applied to every ingested episode (it may be absent)
 * @param batchSize how many episodes a bulk ingest writes per transaction
 * @param fetch how pages are fetched from the internet
 */
@ConfigurationProperties("podgraph.ingest")
public record IngestProperties(@DefaultValue("1MB") DataSize maxPageSize,
		@DefaultValue("classpath:corrections.yml") Resource corrections, @DefaultValue("500") int batchSize,
		@DefaultValue Fetch fetch) {

	/**
	 * How podgraph fetches from the internet.
	 * @param connectTimeout how long to wait for a connection
	 * @param readTimeout how long a whole response may take
	 * @param maxRedirects the most redirects followed, each checked like the first address
	 * @param allowPrivateAddresses whether loopback, private and link-local addresses may be fetched (off: podgraph
	 * is not a way into its own network)
	 * @param userAgent the User-Agent sent with every request
	 * @param allowedHosts host names that may be fetched although they resolve to internal addresses (a feed server
	 * inside your network); everything else internal stays refused
	 */
	public record Fetch(@DefaultValue("5s") Duration connectTimeout, @DefaultValue("20s") Duration readTimeout,
			@DefaultValue("5") int maxRedirects, @DefaultValue("false") boolean allowPrivateAddresses,
			@DefaultValue("podgraph/0.1 (podcast knowledge graph; +https://github.com/podgraph/podgraph)") String userAgent,
			@DefaultValue List<String> allowedHosts) {

		/** @return the fetcher's settings for bodies of at most {@code maxBytes} */
		public dev.podgraph.ingest.fetch.SafeFetcher.Settings settings(long maxBytes) {
			return new dev.podgraph.ingest.fetch.SafeFetcher.Settings(connectTimeout, readTimeout, maxBytes, maxRedirects,
					allowPrivateAddresses, userAgent, java.util.Set.copyOf(allowedHosts));
		}

	}

}
