package com.fleetcommerce.shared.web.page;

import com.fleetcommerce.shared.web.problem.InvalidParameterException;

/**
 * A validated page request: a controller declares a {@code PageQuery} parameter and gets {@code ?page=&size=} read,
 * checked and clamped ({@link PageQueryArgumentResolver}). A negative page or a size below 1 is a 400; a size above
 * the maximum is quietly clamped to it, so a client asking for "everything" gets the largest page instead.
 *
 * @param page zero-based
 */
public record PageQuery(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    public PageQuery {
        if (page < 0) {
            throw new InvalidParameterException("page", "must be 0 or greater", page);
        }
        if (size < 1) {
            throw new InvalidParameterException("size", "must be 1 or greater", size);
        }
    }

    /** With the platform defaults (size 20, at most 200); nulls mean "not given". */
    public static PageQuery of(Integer page, Integer size) {
        return of(page, size, DEFAULT_SIZE, MAX_SIZE);
    }

    public static PageQuery of(Integer page, Integer size, int defaultSize, int maxSize) {
        int requestedSize = size == null ? defaultSize : size;
        if (requestedSize < 1) {
            throw new InvalidParameterException("size", "must be 1 or greater", requestedSize);
        }
        return new PageQuery(page == null ? 0 : page, Math.min(requestedSize, maxSize));
    }

    /** The row offset, as a long: page * size can exceed an int. */
    public long offset() {
        return (long) page * size;
    }
}
