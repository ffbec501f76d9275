package dev.podgraph.ingest.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import org.jdom2.Document;
import org.jdom2.Element;

/**
 * A feed that has been checked from end to end and whose channel has been read, ready to give its items a chunk at a
 * time. Only one chunk of items is in memory at once, so a feed of any size is read in the same memory: each chunk is
 * read by ROME inside a copy of the channel, exactly as it would be inside the whole feed.
 */
public final class OpenFeed {

	private final FeedChannel channel;

	private final Skeleton skeleton;

	private final ItemElements items;

	private final List<String> problems;

	private final FeedMapper mapper;

	private final Budget budget;

	private final boolean streamed;

	OpenFeed(FeedChannel channel, Skeleton skeleton, ItemElements items, List<String> problems, FeedMapper mapper,
			Budget budget, boolean streamed) {
		this.channel = channel;
		this.skeleton = skeleton;
		this.items = items;
		this.problems = problems;
		this.mapper = mapper;
		this.budget = budget;
		this.streamed = streamed;
	}

	/** @return whether the items are read as a stream; a feed that is not well-formed is repaired in memory instead */
	public boolean streamed() {
		return streamed;
	}

	/** @return the channel, with how many items the feed has and whether it is a podcast */
	public FeedChannel channel() {
		return channel;
	}

	/** @return what was repaired or skipped so far, in words; items add theirs as they are read */
	public List<String> problems() {
		return List.copyOf(problems);
	}

	/**
	 * Reads the items in feed order and hands them over {@code size} at a time. The time the consumer takes does not
	 * count against the feed's time limit.
	 * @param size how many items a chunk holds at most
	 * @param consumer told each chunk; an item that could not be read is left out and reported in {@link #problems()}
	 * @throws dev.podgraph.ingest.InvalidFeed when reading runs past the time limit; chunks handed over stay handed over
	 */
	public void forEachChunk(int size, Consumer<List<FeedItem>> consumer) {
		if (size < 1) {
			throw new IllegalArgumentException("A chunk holds at least one item, not " + size);
		}
		List<Element> chunk = new ArrayList<>(size);
		int[] next = { 1 };
		Consumer<List<Element>> emit = elements -> {
			List<FeedItem> read = read(elements, next[0]);
			next[0] += elements.size();
			elements.clear();
			budget.pause();
			try {
				consumer.accept(read);
			}
			finally {
				budget.resume();
			}
		};
		items.forEach(element -> {
			chunk.add(element);
			if (chunk.size() == size) {
				emit.accept(chunk);
			}
		});
		if (!chunk.isEmpty()) {
			emit.accept(chunk);
		}
	}

	private List<FeedItem> read(List<Element> elements, int firstPosition) {
		Element root = skeleton.root().clone();
		Element parent = skeleton.itemParent(root);
		elements.forEach(parent::addContent);
		SyndFeed feed;
		try {
			feed = new SyndFeedInput().build(new Document(root));
		}
		catch (FeedException | RuntimeException ex) {
			problems.add("Items " + firstPosition + " to " + (firstPosition + elements.size() - 1)
					+ " could not be read and were skipped: " + ex.getMessage());
			return List.of();
		}
		return mapper.items(feed, List.copyOf(elements), firstPosition);
	}

	/** The item elements of a feed, in document order, each read once per call. */
	@FunctionalInterface
	interface ItemElements {

		void forEach(Consumer<Element> each);

	}

	/**
	 * A feed without its items: the root element and the channel, with all they hold but items.
	 * @param root the root element ({@code rss}, {@code rdf:RDF}, {@code feed})
	 * @param hasChannel whether the root holds a {@code channel} element
	 */
	record Skeleton(Element root, boolean hasChannel) {

		/** @return the channel of this skeleton or a copy of it; the root of an Atom feed */
		Element channel(Element rootOrCopy) {
			if (hasChannel) {
				for (Element child : rootOrCopy.getChildren()) {
					if (child.getName().equals("channel")) {
						return child;
					}
				}
			}
			return rootOrCopy;
		}

		/** @return where ROME looks for items: the channel of RSS 0.9x and 2.0, the root of RSS 1.0 (RDF) and Atom */
		Element itemParent(Element rootOrCopy) {
			return rootOrCopy.getName().equals("rss") ? channel(rootOrCopy) : rootOrCopy;
		}

	}

	/** The time a feed may take to read, paused while someone else (the writer of its episodes) has the thread. */
	static final class Budget {

		private final long limit;

		private final long started = System.nanoTime();

		private long paused;

		private long pausedAt = -1;

		Budget(java.time.Duration limit) {
			this.limit = limit.toNanos();
		}

		java.time.Duration limit() {
			return java.time.Duration.ofNanos(limit);
		}

		boolean exceeded() {
			return System.nanoTime() - started - paused > limit;
		}

		void pause() {
			pausedAt = System.nanoTime();
		}

		void resume() {
			if (pausedAt >= 0) {
				paused += System.nanoTime() - pausedAt;
				pausedAt = -1;
			}
		}

	}

}
