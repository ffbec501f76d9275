/**
 * Entity resolution: names normalised, aliases resolved to one organisation, one person across episodes, and the
 * editorial corrections applied on every ingest. Plain Java.
 */
package dev.podgraph.ingest.resolve;
