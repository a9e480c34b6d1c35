package com.fleetcommerce.gateway.ratelimit.application;

import java.time.Duration;
import java.util.Set;

import com.fleetcommerce.gateway.ratelimit.domain.Limit;
import com.fleetcommerce.gateway.ratelimit.domain.RateLimitDecision;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Fuseable;
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
    private final RateLimitCounter writeBehind;
    private final Set<String> writeBehindClasses;
    private final Duration timeout;
    private final Counter unavailable;
    private final MeterRegistry meters;

    /** Every class counted per request in the shared store. */
    public RateLimits(RateLimitCounter counter, Duration timeout, MeterRegistry meters) {
        this(counter, counter, Set.of(), timeout, meters);
    }

    /**
     * @param counter            the exact per-request count in the shared store
     * @param writeBehind        the count kept in this replica and flushed to the shared store in the background
     * @param writeBehindClasses the classes counted by {@code writeBehind}
     */
    public RateLimits(RateLimitCounter counter, RateLimitCounter writeBehind, Set<String> writeBehindClasses,
                      Duration timeout, MeterRegistry meters) {
        this.counter = counter;
        this.writeBehind = writeBehind;
        this.writeBehindClasses = Set.copyOf(writeBehindClasses);
        this.timeout = timeout;
        this.meters = meters;
        this.unavailable = Counter.builder("gateway.ratelimit.unavailable")
                .description("Requests let through uncounted because the rate-limit store failed")
                .register(meters);
    }

    public Mono<RateLimitDecision> check(String limitClass, String key, Limit limit) {
        RateLimitCounter counting = writeBehindClasses.contains(limitClass) ? writeBehind : counter;
        Mono<RateLimitDecision> counted = counting.hit(limitClass + ":" + key, limit);
        if (counted instanceof Fuseable.ScalarCallable<?>) {
            // answered from memory (the write-behind count): nothing to wait for, nothing that can fail, so no timer
            return counted.doOnNext(decision -> countRefusal(limitClass, decision));
        }
        return counted
                .timeout(timeout)
                .doOnNext(decision -> countRefusal(limitClass, decision))
                .onErrorResume(ex -> {
                    unavailable.increment();
                    log.warn("Rate limit store unavailable ({}); letting the request through", ex.toString());
                    return Mono.just(RateLimitDecision.uncounted(limit));
                });
    }

    private void countRefusal(String limitClass, RateLimitDecision decision) {
        if (!decision.allowed()) {
            meters.counter("gateway.ratelimit.rejected", "class", limitClass).increment();
        }
    }
}
