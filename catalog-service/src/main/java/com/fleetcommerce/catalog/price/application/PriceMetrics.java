package com.fleetcommerce.catalog.price.application;

import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

/** The price read model's meters, registered once so the hot paths only increment. */
@Component
public class PriceMetrics {

    public static final String EVENTS = "catalog.price.events";
    public static final String PROPAGATION = "catalog.price.propagation";
    public static final String CACHE_WRITES = "catalog.price.cache.writes";
    public static final String READS = "catalog.price.reads";
    public static final String EVENT_LAG = "catalog.price.event.lag";
    public static final String REFILLED = "catalog.price.cache.refilled";

    final Counter eventsApplied;
    final Counter eventsIgnored;
    final Timer propagation;
    final Counter cacheApplied;
    final Counter cacheStale;
    final Counter cacheFilled;
    final Counter cacheFailed;
    final Counter redisHit;
    final Counter redisMiss;
    final Counter redisDown;
    final Counter refilled;
    private final Timer eventLag;

    public PriceMetrics(MeterRegistry registry) {
        eventsApplied = events(registry, "applied");
        eventsIgnored = events(registry, "ignored");
        propagation = Timer.builder(PROPAGATION)
                .description("price change in pricing-service (changedAt) to visible in the read model (Redis, or "
                        + "the copy when Redis is down), for applied events")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(30))
                .register(registry);
        eventLag = Timer.builder(EVENT_LAG)
                .description("a pricing.price record's time on Kafka: its timestamp (the outbox relay's send) to the "
                        + "consumer taking it")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(30))
                .register(registry);
        cacheApplied = cacheWrites(registry, "applied");
        cacheStale = cacheWrites(registry, "stale");
        cacheFilled = cacheWrites(registry, "filled");
        cacheFailed = cacheWrites(registry, "failed");
        redisHit = reads(registry, "redis_hit");
        redisMiss = reads(registry, "redis_miss");
        redisDown = reads(registry, "redis_down");
        refilled = Counter.builder(REFILLED)
                .description("SKU price entries refilled into Redis from the copy after a Redis outage")
                .register(registry);
    }

    void recordEventLag(long recordTimestampMillis) {
        long lag = System.currentTimeMillis() - recordTimestampMillis;
        eventLag.record(Duration.ofMillis(Math.max(0, lag)));      // clock skew between hosts
    }

    private static Counter events(MeterRegistry registry, String result) {
        return Counter.builder(EVENTS).tag("result", result)
                .description("pricing.price events by effect on the copy: applied, or ignored as stale/duplicate")
                .register(registry);
    }

    private static Counter cacheWrites(MeterRegistry registry, String result) {
        return Counter.builder(CACHE_WRITES).tag("result", result)
                .description("Redis writes of the price consumer: applied, stale (newer held), filled (created from "
                        + "the copy), failed (Redis unreachable)")
                .register(registry);
    }

    private static Counter reads(MeterRegistry registry, String path) {
        return Counter.builder(READS).tag("path", path)
                .description("SKU price reads by path: redis_hit; redis_miss (answered from the copy, which then "
                        + "fills Redis); redis_down (answered from the copy). Hit rate = redis_hit / all")
                .register(registry);
    }
}
