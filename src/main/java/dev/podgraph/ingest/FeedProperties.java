package dev.podgraph.ingest;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Feed settings.
 *
 * @param maxSize the largest feed accepted, after decompression
 * @param timeLimit the longest reading a feed may take before it is refused
 * @param subscriptions feed URLs read at start-up and then every {@code refresh-interval}
 * @param refreshInterval how often the subscriptions are read again
 * @param refreshDelay how long after start-up the subscriptions are first read
 */
@ConfigurationProperties("podgraph.feeds")
public record FeedProperties(@DefaultValue("64MB") DataSize maxSize, @DefaultValue("60s") Duration timeLimit,
		@DefaultValue List<URI> subscriptions, @DefaultValue("1h") Duration refreshInterval,
		@DefaultValue("30s") Duration refreshDelay) {
}
