/**
 * The HTML pages: home, episodes with their related and recommended episodes, people, organisations, topics and
 * podcasts, rendered on the server (Thymeleaf), readable without JavaScript.
 */
package dev.podgraph.web.pages;
