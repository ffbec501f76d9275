package dev.podgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import dev.podgraph.ingest.InvalidPage.Reason;

class PageDecoderTests {

	final PageDecoder decoder = new PageDecoder(1000);

	@Test
	void readsTheCharsetAnHtmlPageDeclares() {
		byte[] page = "<html><head><meta charset=\"windows-1252\"></head><body><p>Zoë’s episode</p></body></html>"
			.getBytes(Charset.forName("windows-1252"));

		assertThat(decoder.decode(page, null, "page.html").lines()).containsExactly("Zoë’s episode");
	}

	@Test
	void readsTheCharsetOfTheContentType() {
		byte[] page = "Zoë".getBytes(StandardCharsets.ISO_8859_1);

		assertThat(decoder.decode(page, "text/plain; charset=ISO-8859-1", null).lines()).containsExactly("Zoë");
	}

	@Test
	void dropsAByteOrderMark() {
		byte[] page = "\uFEFFEpisode 1".getBytes(StandardCharsets.UTF_8);

		assertThat(decoder.decode(page, null, null).lines()).containsExactly("Episode 1");
	}

	@Test
	void tellsHtmlFromTextByItsContentWhenNothingSays() {
		byte[] page = "<!DOCTYPE html><ul><li>One</li></ul>".getBytes(StandardCharsets.UTF_8);

		assertThat(decoder.decode(page, null, "page").lines()).containsExactly("• One");
	}

	@Test
	void refusesBytesThatAreNotValidInTheEncoding() {
		byte[] page = { 'O', 'k', ' ', (byte) 0xE9, ' ', 'n', 'o' };

		assertThatThrownBy(() -> decoder.decode(page, null, null)).isInstanceOfSatisfying(InvalidPage.class, ex -> {
			assertThat(ex.reason()).isEqualTo(Reason.ENCODING);
			assertThat(ex.getMessage()).contains("not valid UTF-8 (at byte 3)");
		});
	}

	@Test
	void refusesAnUnknownDeclaredEncoding() {
		assertThatThrownBy(() -> decoder.decode("x".getBytes(StandardCharsets.UTF_8), "text/plain; charset=klingon", null))
			.isInstanceOfSatisfying(InvalidPage.class, ex -> assertThat(ex.reason()).isEqualTo(Reason.ENCODING));
	}

	@Test
	void refusesBinaryEmptyAndOversizedPages() {
		assertThatThrownBy(() -> decoder.decode(new byte[] { 'a', 0, 'b' }, null, null))
			.isInstanceOfSatisfying(InvalidPage.class, ex -> assertThat(ex.reason()).isEqualTo(Reason.BINARY));
		assertThatThrownBy(() -> decoder.decode(" \n\t ".getBytes(StandardCharsets.UTF_8), null, null))
			.isInstanceOfSatisfying(InvalidPage.class, ex -> assertThat(ex.reason()).isEqualTo(Reason.EMPTY));
		assertThatThrownBy(() -> decoder.decode(new byte[1001], null, null))
			.isInstanceOfSatisfying(InvalidPage.class, ex -> assertThat(ex.reason()).isEqualTo(Reason.TOO_LARGE));
	}

	@Test
	void refusesTypesThatAreNeitherTextNorHtml() {
		assertThatThrownBy(() -> decoder.decode("{}".getBytes(StandardCharsets.UTF_8), "application/json", null))
			.isInstanceOfSatisfying(InvalidPage.class, ex -> assertThat(ex.reason()).isEqualTo(Reason.UNSUPPORTED_TYPE));
	}

}
