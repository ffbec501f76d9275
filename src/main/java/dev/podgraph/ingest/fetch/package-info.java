/**
 * Fetching pages and feeds from the internet without becoming a way into the private network: http and https only,
 * private, loopback and link-local addresses refused (checked again on every redirect), timeouts, a size limit,
 * conditional requests and an honest User-Agent. Plain Java.
 */
package dev.podgraph.ingest.fetch;
