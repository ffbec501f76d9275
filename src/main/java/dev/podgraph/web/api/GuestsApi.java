package dev.podgraph.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.podgraph.topics.GuestAnswer;
import dev.podgraph.topics.GuestAnswer.Method;
import dev.podgraph.topics.GuestFinder;

/**
 * "Which guests talked about X?"
 */
@RestController
@RequestMapping(path = "/api", produces = "application/json")
@Tag(name = "Topics", description = "Who talked about what")
class GuestsApi {

	private final GuestFinder finder;

	GuestsApi(GuestFinder finder) {
		this.finder = finder;
	}

	/**
	 * The question.
	 * @param topic a topic's key or any words: "ethics", "AI ethics", "bias in models", "responsible AI"
	 * @param method how to answer: WORDS, TAXONOMY or MEANING (default, the best measured)
	 * @param limit the most guests, 1 to 100 (default 20)
	 */
	record Question(@NotBlank @Size(max = 200) String topic, Method method, @Min(1) @Max(100) Integer limit) {

		Question {
			// Control characters are no words: a topic of nothing else is blank, and refused as such.
			topic = topic == null ? null : topic.replaceAll("\\p{Cc}+", " ");
			method = method == null ? Method.MEANING : method;
			limit = limit == null ? 20 : limit;
		}

	}

	@GetMapping("/guests")
	@Operation(summary = "The guests who talked about a topic, in any words, best first, with their episodes, "
			+ "organisation and title at the time, and the show-notes lines that show it")
	GuestAnswer guests(@Valid @ParameterObject Question question) {
		return finder.find(question.topic(), question.method(), question.limit());
	}

}
