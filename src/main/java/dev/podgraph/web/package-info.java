/**
 * The only module that knows HTTP: the JSON API ({@code api}) and, later, the HTML pages.
 */
package dev.podgraph.web;
