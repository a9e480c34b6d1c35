package com.fleetcommerce.gateway.ratelimit.domain;

import java.time.Duration;

/**
 * The answer for one request.
 *
 * @param allowed    whether it may go on
 * @param limit      the requests allowed in the window
 * @param remaining  requests left in the window after this one
 * @param resetIn    time until the window ends (then the count starts over)
 * @param counted    false when the count could not be read (Redis down: the request was let through uncounted)
 */
public record RateLimitDecision(boolean allowed, long limit, long remaining, Duration resetIn, boolean counted) {

    /** Fixed window: the {@code count}-th request of a window that ends in {@code resetIn}. */
    public static RateLimitDecision of(Limit limit, long count, Duration resetIn) {
        return new RateLimitDecision(count <= limit.requests(), limit.requests(),
                Math.max(0, limit.requests() - count), resetIn, true);
    }

    public static RateLimitDecision uncounted(Limit limit) {
        return new RateLimitDecision(true, limit.requests(), limit.requests(), Duration.ZERO, false);
    }

    /** Whole seconds until a refused caller may try again; at least 1 (Retry-After has second precision). */
    public long retryAfterSeconds() {
        long millis = resetIn.toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }
}
