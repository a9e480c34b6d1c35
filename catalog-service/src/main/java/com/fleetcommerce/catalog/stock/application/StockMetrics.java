package com.fleetcommerce.catalog.stock.application;

import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

/** The stock read model's meters, registered once so the hot paths only increment. */
@Component
public class StockMetrics {

    public static final String EVENTS = "catalog.stock.events";
    public static final String PROPAGATION = "catalog.stock.propagation";
    public static final String CACHE_WRITES = "catalog.stock.cache.writes";
    public static final String READS = "catalog.stock.reads";

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

    public StockMetrics(MeterRegistry registry) {
        eventsApplied = events(registry, "applied");
        eventsIgnored = events(registry, "ignored");
        propagation = Timer.builder(PROPAGATION)
                .description("warehouse change (changedAt) to visible in the read model (Redis, or the copy when "
                        + "Redis is down), for applied events")
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
    }

    private static Counter events(MeterRegistry registry, String result) {
        return Counter.builder(EVENTS).tag("result", result)
                .description("warehouse.stock events by effect on the copy: applied, or ignored as stale/duplicate")
                .register(registry);
    }

    private static Counter cacheWrites(MeterRegistry registry, String result) {
        return Counter.builder(CACHE_WRITES).tag("result", result)
                .description("Redis writes of the stock consumer: applied, stale (newer held), filled (created from "
                        + "the copy), failed (Redis unreachable)")
                .register(registry);
    }

    private static Counter reads(MeterRegistry registry, String path) {
        return Counter.builder(READS).tag("path", path)
                .description("availability reads by path: redis_hit, redis_miss (answered from the copy and "
                        + "refilled), redis_down (answered from the copy)")
                .register(registry);
    }
}
