/**
 * The topic vocabulary, topic normalisation and "which guests talked about X?".
 */
package dev.podgraph.topics;
