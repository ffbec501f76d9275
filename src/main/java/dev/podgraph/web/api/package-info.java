/**
 * The read API under {@code /api}: each kind of node by key with its neighbours, and paged lists. Errors are
 * {@code application/problem+json}.
 */
package dev.podgraph.web.api;
