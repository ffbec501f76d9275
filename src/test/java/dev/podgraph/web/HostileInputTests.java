package dev.podgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.util.UriComponentsBuilder;

import dev.podgraph.PodgraphTest;
import dev.podgraph.TestGraph;
import dev.podgraph.ingest.FeedImporter;
import dev.podgraph.ingest.FeedSource;
import dev.podgraph.ingest.PageImporter;
import dev.podgraph.ingest.Pages;

/**
 * Hostile text tried systematically. Script written into show notes and feeds (titles, names, organisations,
 * bullets, summaries, links) reaches every kind of page and runs on none. Cypher and full-text query syntax sent
 * through every API parameter and the search box is only ever a value: every answer is 200, 400 or 404, never a
 * server error, and the graph is exactly as it was.
 */
@PodgraphTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTests {

	/** What attackers write where text is expected. */
	static final List<String> SCRIPTS = List.of("<script>alert('x')</script>", "<img src=x onerror=alert(1)>",
			"\"><svg onload=alert(1)>", "javascript:alert(1)", "</script><script>alert(2)</script>",
			"<iframe src=//evil.example></iframe>", "{{7*7}} ${7*7} [[${7*7}]]");

	/** Cypher and Lucene query syntax, and things that break naive string building. */
	static final List<String> INJECTIONS = List.of("' OR 1=1 //", "\" OR 1=1 //", "x'}) MATCH (n) DETACH DELETE n //",
			"x\") DETACH DELETE n //", "`) DETACH DELETE n //", "*", "*:*", "name:\"x\" OR title:*", "a AND NOT",
			"(((", "\"unterminated", "\\", "~", "?", "title:[a TO z]", "/regex/", "$param", "{}", "%00", "\u0000",
			"%27%20OR%201%3D1", "../../etc/passwd", "1; CALL dbms.procedures()", "x".repeat(5000));

	@Autowired
	RestTestClient http;

	@Autowired
	TestGraph graph;

	@Autowired
	PageImporter pages;

	@Autowired
	FeedImporter feeds;

	@BeforeAll
	void hostileCatalogue() {
		graph.clear();
		pages.importPage(Pages.page("hostile", """
				Episode 7

				Published on:

				3rd March 2024

				S1 | Ep 7 | %1$s title %2$s with Eve Mallory, CTO at Acme %3$s

				In Episode 7, of Season 1, of The Hostile %3$s Show, Hana Host is joined by Eve Mallory, CTO at Acme %3$s, where they discuss security, which includes;

				  • Why %1$s never runs here
				  • Data governance and %2$s images
				  • Links such as %4$s and %5$s
				  • Templates such as %7$s
				  • Frames such as %6$s

				This episode is sponsored by Evil %2$s Corp
				""".formatted(SCRIPTS.toArray())), null);
		String item = """
				<item><title>%1$s in a feed</title><guid>hostile-1</guid><pubDate>Tue, 02 Jan 2024 10:00:00 GMT</pubDate>
				<description><![CDATA[<p>Summary %1$s <a href="javascript:alert(1)">click</a> <a href="https://ok.example/">fine</a>
				%2$s %3$s %6$s <b onmouseover="alert(1)">bold</b></p>]]></description>
				<itunes:author>Mallory %3$s</itunes:author></item>""".formatted(SCRIPTS.toArray());
		byte[] feed = ("""
				<?xml version="1.0"?>
				<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">
				<channel><title>Hostile Feed %s</title><link>https://hostile.example/</link><description>x</description>
				%s</channel></rss>""".formatted(SCRIPTS.get(2), item)).getBytes(StandardCharsets.UTF_8);
		feeds.importFeed(new FeedSource("hostile.xml", feed, "application/rss+xml"), null, written -> {
		});
	}

	@Test
	void scriptFromShowNotesAndFeedsRunsOnNoPage() {
		Set<String> visited = new LinkedHashSet<>();
		List<String> queue = new ArrayList<>(List.of("/", "/search?q=Mallory", "/search?q=" + encode(SCRIPTS.get(0)),
				"/search?q=" + encode("which guests talked about " + SCRIPTS.get(1) + "?")));
		// Every page one or two clicks from the home page and the search results: episodes, people, organisations,
		// topics, podcasts.
		while (!queue.isEmpty() && visited.size() < 80) {
			String path = queue.removeFirst();
			if (!visited.add(path)) {
				continue;
			}
			Document page = page(path);
			assertHarmless(path, page);
			for (Element link : page.select("a[href^=/]")) {
				String href = link.attr("href");
				if (href.matches("/(episodes|people|organisations|topics|podcasts)/.+") && !visited.contains(href)) {
					queue.add(href);
				}
			}
		}
		assertThat(visited).anyMatch(p -> p.startsWith("/episodes/"))
			.anyMatch(p -> p.startsWith("/people/"))
			.anyMatch(p -> p.startsWith("/organisations/"))
			.anyMatch(p -> p.startsWith("/topics/"))
			.anyMatch(p -> p.startsWith("/podcasts/"));
	}

	@Test
	void cypherAndQuerySyntaxInEveryParameterIsOnlyAValue() {
		List<String> before = graph.snapshot();
		List<String> templates = List.of("/api/episodes?podcast={v}", "/api/episodes?page={v}", "/api/people?size={v}",
				"/api/episodes/{v}", "/api/people/{v}", "/api/organisations/{v}", "/api/topics/{v}", "/api/podcasts/{v}",
				"/api/episodes/{v}/related", "/api/episodes/{v}/recommendations", "/api/episodes/x/related?limit={v}",
				"/api/guests?topic={v}", "/api/guests?topic=ethics&method={v}", "/api/guests?topic=ethics&limit={v}",
				"/search?q={v}", "/episodes/{v}", "/people/{v}", "/organisations/{v}", "/topics/{v}", "/podcasts/{v}");
		for (String template : templates) {
			for (String injection : INJECTIONS) {
				URI uri = UriComponentsBuilder.fromUriString(template).encode().buildAndExpand(injection).toUri();
				int status = http.get().uri(uri).exchange().returnResult(byte[].class).getStatus().value();
				assertThat(status).as("%s with %s", template, injection).isIn(200, 400, 404);
			}
		}
		assertThat(graph.snapshot()).isEqualTo(before);
	}

	private static void assertHarmless(String path, Document page) {
		for (Element script : page.select("script")) {
			if (script.hasAttr("src")) {
				assertThat(script.attr("src")).as(path).startsWith("/").doesNotStartWith("//");
			}
			else {
				assertThat(script.attr("type")).as(path).isIn("application/ld+json", "application/json");
				assertThat(script.data()).as(path).doesNotContain("<", ">");
			}
		}
		for (Element element : page.getAllElements()) {
			for (Attribute attribute : element.attributes()) {
				assertThat(attribute.getKey()).as("%s <%s>", path, element.tagName()).doesNotStartWith("on");
				if (attribute.getKey().equals("href") || attribute.getKey().equals("src")) {
					assertThat(attribute.getValue().strip().toLowerCase()).as(path).doesNotStartWith("javascript:");
				}
			}
		}
		assertThat(page.select("iframe, object, embed, svg, img")).as(path).isEmpty();
	}

	private Document page(String path) {
		EntityExchangeResult<byte[]> result = http.get().uri(URI.create(path)).exchange().returnResult(byte[].class);
		assertThat(result.getStatus().value()).as(path).isEqualTo(200);
		return Jsoup.parse(new String(result.getResponseBody(), StandardCharsets.UTF_8));
	}

	private static String encode(String text) {
		return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
