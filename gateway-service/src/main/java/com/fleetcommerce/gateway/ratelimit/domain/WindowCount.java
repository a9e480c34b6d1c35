package com.fleetcommerce.gateway.ratelimit.domain;

import java.time.Duration;

/** A key's count in its current fixed window, and the time until that window ends. */
public record WindowCount(long count, Duration resetIn) {

    public RateLimitDecision decide(Limit limit) {
        return RateLimitDecision.of(limit, count, resetIn);
    }
}
