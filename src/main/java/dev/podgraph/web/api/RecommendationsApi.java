package dev.podgraph.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.podgraph.recommend.Recommender;
import dev.podgraph.recommend.RelatedEpisodes;

/**
 * An episode's related episodes and its page's recommendations, each with the reasons.
 */
@RestController
@RequestMapping(path = "/api/episodes/{key}", produces = "application/json")
@Tag(name = "Recommendations", description = "Related episodes and what to listen to next, with reasons")
class RecommendationsApi {

	static final int MAX_LIMIT = 50;

	private final Recommender recommender;

	RecommendationsApi(Recommender recommender) {
		this.recommender = recommender;
	}

	@GetMapping("/related")
	@Operation(summary = "The episodes most related to this one, best first, each with its score and reasons "
			+ "(shared topics weighed by rarity, the same guest, organisation or sponsor, the same podcast, similar content)")
	RelatedEpisodes related(@PathVariable String key,
			@Parameter(description = "the most episodes, 1 to 50 (default 10)") @RequestParam(defaultValue = "10")
			@Min(1) @Max(MAX_LIMIT) int limit) {
		return recommender.related(key, limit).orElseThrow(() -> new NotFound("episode", key));
	}

	@GetMapping("/recommendations")
	@Operation(summary = "What to listen to after this episode: related episodes made into a varied list, a little "
			+ "freshness, and the newest episodes when too little is related yet; each with its reasons")
	RelatedEpisodes recommendations(@PathVariable String key,
			@Parameter(description = "the most episodes, 1 to 50 (default 5)") @RequestParam(defaultValue = "5")
			@Min(1) @Max(MAX_LIMIT) int limit) {
		return recommender.recommendations(key, limit).orElseThrow(() -> new NotFound("episode", key));
	}

}
