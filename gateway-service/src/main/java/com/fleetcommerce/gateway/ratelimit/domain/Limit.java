package com.fleetcommerce.gateway.ratelimit.domain;

import java.time.Duration;

/** At most {@code requests} per {@code window} (a fixed window that starts with its first request). */
public record Limit(long requests, Duration window) {

    public Limit {
        if (requests < 1) {
            throw new IllegalArgumentException("a limit allows at least one request");
        }
        if (window == null || window.toMillis() < 1) {
            throw new IllegalArgumentException("a limit needs a window of at least 1 ms");
        }
    }
}
