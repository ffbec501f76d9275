package dev.podgraph.ingest;

import java.io.IOException;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.BeforeAll;

/**
 * The long run of {@link ParserFuzzTests}: thirty minutes, behind {@code ./mvnw verify -Pfuzz} (its name is not one
 * that the test suite runs).
 */
class ParserFuzzing {

	@BeforeAll
	static void seeds() throws IOException {
		ParserFuzzTests.seed(ParserFuzzing.class, "readersReadOrRefuseAnyInput");
	}

	@FuzzTest(maxDuration = "30m")
	void readersReadOrRefuseAnyInput(byte[] input) {
		ParserFuzzTests.read(input);
	}

}
