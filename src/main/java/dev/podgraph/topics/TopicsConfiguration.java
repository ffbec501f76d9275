package dev.podgraph.topics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The topic vocabulary and the extractor built on it, one of each for the application.
 */
@Configuration(proxyBeanMethods = false)
class TopicsConfiguration {

	@Bean
	Taxonomy taxonomy(TopicsProperties properties) {
		try (InputStream in = properties.taxonomy().getInputStream()) {
			return Taxonomy.read(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the topic vocabulary " + properties.taxonomy(), ex);
		}
	}

	@Bean
	TopicExtractor topicExtractor(Taxonomy taxonomy) {
		return new TopicExtractor(taxonomy);
	}

}
