/**
 * The topic vocabulary, topic extraction from show-notes lines and, later, "which guests talked about X?".
 * {@link dev.podgraph.topics.TopicExtractor} is plain Java so that importers, benchmarks and fuzzers can use it alone.
 */
package dev.podgraph.topics;
