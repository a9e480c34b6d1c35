package com.fleetcommerce.gateway.ratelimit.application;

import com.fleetcommerce.gateway.ratelimit.domain.Limit;
import com.fleetcommerce.gateway.ratelimit.domain.RateLimitDecision;
import reactor.core.publisher.Mono;

/** Counts one request against a key's limit, shared by every gateway replica. */
public interface RateLimitCounter {

    Mono<RateLimitDecision> hit(String key, Limit limit);
}
