package dev.podgraph.web.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import dev.podgraph.graph.PageQuery;

/**
 * The {@code page} and {@code size} query parameters of every list.
 *
 * @param page the page number, from 0 (default 0)
 * @param size items per page, 1 to 100 (default 20)
 */
record PageParameters(@Min(0) Integer page, @Min(1) @Max(PageQuery.MAX_SIZE) Integer size) {

	PageParameters {
		page = page == null ? 0 : page;
		size = size == null ? 20 : size;
	}

	PageQuery query() {
		return new PageQuery(page, size);
	}

}
