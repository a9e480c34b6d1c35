package com.fleetcommerce.shared.web.page;

import java.util.function.Function;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Bridges to Spring Data. Kept apart from {@link PageResponse} so that the record stays usable (and reflectable by
 * Jackson) in services without spring-data-commons on the classpath.
 */
public final class SpringDataPages {

    private SpringDataPages() {
    }

    public static <T> PageResponse<T> from(Page<T> page) {
        return new PageResponse<>(page.getContent(), page.getNumber(), Math.max(page.getSize(), 1),
                page.getTotalElements(), page.getTotalPages());
    }

    public static <E, T> PageResponse<T> from(Page<E> page, Function<? super E, ? extends T> mapper) {
        return from(page.<T>map(mapper::apply));
    }

    public static Pageable toPageable(PageQuery query) {
        return PageRequest.of(query.page(), query.size());
    }

    public static Pageable toPageable(PageQuery query, Sort sort) {
        return PageRequest.of(query.page(), query.size(), sort);
    }
}
