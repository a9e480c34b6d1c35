package com.fleetcommerce.gateway.ratelimit.application;

import com.fleetcommerce.gateway.ratelimit.domain.Limit;
import com.fleetcommerce.gateway.ratelimit.domain.WindowCount;
import reactor.core.publisher.Mono;

/** The window counts every gateway replica shares (Redis). */
public interface SharedWindowCounts {

    /** Adds {@code hits} (0 only reads) to the key's count in its window, opening a window when none is open. */
    Mono<WindowCount> add(String key, long hits, Limit limit);
}
