/**
 * Related episodes and episode-page recommendations, each with its reasons.
 */
package dev.podgraph.recommend;
