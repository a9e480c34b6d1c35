package com.fleetcommerce.shared.web.page;

import java.util.List;
import java.util.function.Function;

/**
 * The platform's page of results. Built from a list plus counts ({@link #of}) or, when Spring Data is present,
 * from a {@code Page} via {@link SpringDataPages}.
 *
 * @param page zero-based page number
 * @param size the requested page size (the list may be shorter on the last page)
 */
public record PageResponse<T>(List<T> items, int page, int size, long totalElements, int totalPages) {

    public PageResponse {
        items = List.copyOf(items);
        if (page < 0 || size < 1 || totalElements < 0 || totalPages < 0) {
            throw new IllegalArgumentException("invalid page: page=" + page + " size=" + size
                    + " totalElements=" + totalElements + " totalPages=" + totalPages);
        }
    }

    public static <T> PageResponse<T> of(List<T> items, int page, int size, long totalElements) {
        return new PageResponse<>(items, page, size, totalElements, totalPages(totalElements, size));
    }

    public static <T> PageResponse<T> of(List<T> items, PageQuery query, long totalElements) {
        return of(items, query.page(), query.size(), totalElements);
    }

    public static <T> PageResponse<T> empty(PageQuery query) {
        return of(List.of(), query, 0);
    }

    public <R> PageResponse<R> map(Function<? super T, ? extends R> mapper) {
        List<R> mapped = items.stream().<R>map(mapper).toList();
        return new PageResponse<>(mapped, page, size, totalElements, totalPages);
    }

    static int totalPages(long totalElements, int size) {
        long pages = (totalElements + size - 1) / size;
        return (int) Math.min(pages, Integer.MAX_VALUE);
    }
}
