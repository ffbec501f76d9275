package dev.podgraph.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A podcast RSS feed of any size, made of {@link SyntheticPages}' episodes: for benchmarks only. Each item carries
 * iTunes and Podcasting 2.0 tags and its show notes as HTML in {@code content:encoded}.
 */
public final class SyntheticFeed {

	private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy 09:00:00 'GMT'",
			Locale.ENGLISH);

	private final SyntheticPages pages = new SyntheticPages(7, 1);

	/**
	 * Writes a feed of at least {@code bytes} bytes.
	 * @param out where to write it
	 * @param bytes the size to reach
	 * @return how many items it has
	 */
	public int write(OutputStream out, long bytes) throws IOException {
		CountingStream counting = new CountingStream(out);
		Writer writer = new OutputStreamWriter(counting, StandardCharsets.UTF_8);
		writer.write("""
				<?xml version="1.0" encoding="UTF-8"?>
				<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"
				     xmlns:podcast="https://podcastindex.org/namespace/1.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
				<channel>
				<title>Synthetic Data Talks</title>
				<link>https://example.org/synthetic</link>
				<description>A podcast made up for benchmarks.</description>
				<itunes:author>Benchmark Media</itunes:author>
				<podcast:person role="host">Quinn Benchmark</podcast:person>
				""");
		int items = 0;
		while (counting.count + 1024 < bytes) {
			item(writer, items++);
			writer.flush();
		}
		writer.write("</channel>\n</rss>\n");
		writer.flush();
		return items;
	}

	private void item(Writer writer, int index) throws IOException {
		String page = pages.page(index);
		String[] lines = page.split("\n");
		String title = java.util.Arrays.stream(lines)
			.filter(line -> line.matches("^S\\d+ \\| Ep \\d+ \\| .*"))
			.findFirst()
			.orElseThrow()
			.replaceFirst("^S\\d+ \\| Ep \\d+ \\| ", "");
		StringBuilder html = new StringBuilder();
		for (String line : lines) {
			if (line.isBlank()) {
				continue;
			}
			if (line.strip().startsWith("•")) {
				html.append("<li>").append(escape(line.strip().substring(1).strip())).append("</li>");
			}
			else {
				html.append("<p>").append(escape(line.strip())).append("</p>");
			}
		}
		writer.write("<item>\n<title>" + escape(title) + "</title>\n<guid isPermaLink=\"false\">synthetic-" + index
				+ "</guid>\n<pubDate>" + LocalDate.of(2015, 1, 1).plusDays(index % 4000).format(RFC_1123)
				+ "</pubDate>\n<enclosure url=\"https://example.org/audio/" + index
				+ ".mp3\" length=\"1234567\" type=\"audio/mpeg\"/>\n<itunes:season>" + (index / 50 + 1)
				+ "</itunes:season>\n<itunes:episode>" + (index % 50 + 1)
				+ "</itunes:episode>\n<itunes:episodeType>full</itunes:episodeType>\n<content:encoded><![CDATA["
				+ html + "]]></content:encoded>\n</item>\n");
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	private static final class CountingStream extends OutputStream {

		private final OutputStream out;

		private long count;

		CountingStream(OutputStream out) {
			this.out = out;
		}

		@Override
		public void write(int b) throws IOException {
			out.write(b);
			count++;
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			out.write(b, off, len);
			count += len;
		}

	}

}
