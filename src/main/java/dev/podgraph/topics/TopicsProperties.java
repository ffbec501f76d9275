package dev.podgraph.topics;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Topic settings.
 *
 * @param taxonomy the topic vocabulary file (label, synonyms and broader topics of each topic)
 */
@ConfigurationProperties("podgraph.topics")
public record TopicsProperties(@DefaultValue("classpath:topics/taxonomy.yml") Resource taxonomy) {
}
