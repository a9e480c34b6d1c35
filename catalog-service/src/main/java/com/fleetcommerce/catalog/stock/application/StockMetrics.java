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
    public static final String WARMED = "catalog.stock.cache.warmed";
    public static final String EVENT_LAG = "catalog.stock.event.lag";

    final Counter eventsApplied;
    final Counter eventsIgnored;
    final Timer propagation;
    final Counter cacheApplied;
    final Counter cacheStale;
    final Counter cacheFilled;
    final Counter cacheFailed;
    final Counter redisHit;
    final Counter warehouseAnswered;
    final Counter warehouseDown;
    final Counter redisDown;
    final Counter warmed;
    private final Timer eventLag;

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
        eventLag = Timer.builder(EVENT_LAG)
                .description("a warehouse.stock record's time on Kafka: its timestamp (the outbox relay's send) to "
                        + "the consumer taking it (the records behind: kafka_consumer_fetch_manager_records_lag)")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(30))
                .register(registry);
        cacheApplied = cacheWrites(registry, "applied");
        cacheStale = cacheWrites(registry, "stale");
        cacheFilled = cacheWrites(registry, "filled");
        cacheFailed = cacheWrites(registry, "failed");
        redisHit = reads(registry, "redis_hit");
        warehouseAnswered = reads(registry, "warehouse");
        warehouseDown = reads(registry, "warehouse_down");
        redisDown = reads(registry, "redis_down");
        warmed = Counter.builder(WARMED).description("SKU entries written into Redis by cache warming")
                .register(registry);
    }

    void recordEventLag(long recordTimestampMillis) {
        long lag = System.currentTimeMillis() - recordTimestampMillis;
        eventLag.record(Duration.ofMillis(Math.max(0, lag)));      // clock skew between hosts
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
                .description("availability reads by path: redis_hit; on a miss warehouse (asked warehouse-service, "
                        + "refilled Redis) or warehouse_down (answered from the copy, stale); redis_down (answered "
                        + "from the copy, stale). Hit rate = redis_hit / all")
                .register(registry);
    }
}
