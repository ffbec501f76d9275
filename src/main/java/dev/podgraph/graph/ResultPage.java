package dev.podgraph.graph;

import java.util.List;

/**
 * One page of a list.
 *
 * @param items the items on this page
 * @param page the page number, from 0
 * @param size the largest number of items on a page
 * @param totalItems how many items the whole list has
 * @param totalPages how many pages the whole list has
 * @param <T> the kind of item
 */
public record ResultPage<T>(List<T> items, int page, int size, long totalItems, long totalPages) {

	public ResultPage {
		items = List.copyOf(items);
	}

	ResultPage(List<T> items, PageQuery query, long totalItems) {
		this(items, query.page(), query.size(), totalItems, (totalItems + query.size() - 1) / query.size());
	}

}
