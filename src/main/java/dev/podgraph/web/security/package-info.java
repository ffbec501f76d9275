/**
 * Who may write, and how often anyone may ask for the expensive things: API tokens for writes, rate limits on
 * search and on fetching feeds by URL. Reading stays public.
 */
package dev.podgraph.web.security;
