package com.fleetcommerce.gateway.ratelimit.application;

import java.time.Duration;

import com.fleetcommerce.gateway.ratelimit.domain.Limit;
import com.fleetcommerce.gateway.ratelimit.domain.RateLimitDecision;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Checks a request against its limit, <b>failing open</b>: when the counter (Redis) errs or does not answer within
 * {@code timeout}, the request goes through uncounted and {@code gateway.ratelimit.unavailable} is incremented
 * (alert on it). Rate limiting protects the services from floods; turning every request into a 503 because Redis
 * is down would do the flood's work for it. The services' own protections (login lockout in auth-service, pools,
 * timeouts) still hold while the limiter is out.
 */
public class RateLimits {

    private static final Logger log = LoggerFactory.getLogger(RateLimits.class);

    private final RateLimitCounter counter;
    private final Duration timeout;
    private final Counter unavailable;
    private final MeterRegistry meters;

    public RateLimits(RateLimitCounter counter, Duration timeout, MeterRegistry meters) {
        this.counter = counter;
        this.timeout = timeout;
        this.meters = meters;
        this.unavailable = Counter.builder("gateway.ratelimit.unavailable")
                .description("Requests let through uncounted because the rate-limit store failed")
                .register(meters);
    }

    public Mono<RateLimitDecision> check(String limitClass, String key, Limit limit) {
        return counter.hit(limitClass + ":" + key, limit)
                .timeout(timeout)
                .doOnNext(decision -> {
                    if (!decision.allowed()) {
                        meters.counter("gateway.ratelimit.rejected", "class", limitClass).increment();
                    }
                })
                .onErrorResume(ex -> {
                    unavailable.increment();
                    log.warn("Rate limit store unavailable ({}); letting the request through", ex.toString());
                    return Mono.just(RateLimitDecision.uncounted(limit));
                });
    }
}
