package dev.podgraph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * How the command line chooses between serving and running a command.
 */
class PodgraphApplicationTests {

	@Test
	void noWordButOptionsStartsTheServer() {
		assertThat(PodgraphApplication.command(new String[0])).isNull();
		assertThat(PodgraphApplication.command(new String[] { "--server.port=9000", "--debug" })).isNull();
	}

	@Test
	void theCommandIsTheFirstWordWhereverTheOptionsStand() {
		assertThat(PodgraphApplication.command(new String[] { "ingest", "feed.xml" })).isEqualTo("ingest");
		assertThat(PodgraphApplication.command(new String[] { "--podgraph.embedded.data-dir=/tmp/db", "ingest",
				"feed.xml", "--podcast=Show" }))
			.isEqualTo("ingest");
	}

}
