package com.fleetcommerce.catalog.stock.application;

import java.time.Clock;
import java.time.Duration;

import com.fleetcommerce.catalog.common.application.RedisOutageLog;
import com.fleetcommerce.catalog.stock.domain.CacheWrite;
import com.fleetcommerce.catalog.stock.domain.StockCache;
import com.fleetcommerce.catalog.stock.domain.StockCacheUnavailableException;
import com.fleetcommerce.catalog.stock.domain.StockCopy;
import com.fleetcommerce.catalog.stock.domain.WarehouseStock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Applies one reported warehouse state to the read model: the PostgreSQL copy first (committed by its own
 * statement), then Redis. Both stores keep the higher version per (SKU, warehouse), so redelivered, duplicate and
 * out-of-order events change nothing. A Redis failure does not fail the event: the copy is updated, and when Redis
 * answers again a warming run refills it from the copy.
 */
@Service
public class StockSync {

    private static final Logger log = LoggerFactory.getLogger(StockSync.class);

    private final StockCopy copy;
    private final StockCache cache;
    private final StockMetrics metrics;
    private final Clock clock;
    private final Runnable onCacheRecovered;
    private final RedisOutageLog outage = new RedisOutageLog(log, "stock changes go to the PostgreSQL copy only");

    @Autowired
    public StockSync(StockCopy copy, StockCache cache, StockMetrics metrics, StockCacheWarming warming) {
        this(copy, cache, metrics, Clock.systemUTC(), () -> warming.inBackground("Redis reachable again"));
    }

    StockSync(StockCopy copy, StockCache cache, StockMetrics metrics, Clock clock, Runnable onCacheRecovered) {
        this.copy = copy;
        this.cache = cache;
        this.metrics = metrics;
        this.clock = clock;
        this.onCacheRecovered = onCacheRecovered;
    }

    /** @return whether the state was newer than the copy's (false: stale or duplicate, nothing changed) */
    public boolean apply(WarehouseStock stock) {
        boolean applied = copy.apply(stock);
        (applied ? metrics.eventsApplied : metrics.eventsIgnored).increment();
        // Redis is written even for an ignored event: the script keeps it from regressing, and a redelivered event
        // repairs an entry that missed it while Redis was down.
        writeCache(stock);
        if (applied) {
            Duration latency = Duration.between(stock.changedAt(), clock.instant());
            metrics.propagation.record(latency.isNegative() ? Duration.ZERO : latency);   // clock skew
        }
        return applied;
    }

    private void writeCache(WarehouseStock stock) {
        try {
            CacheWrite write = cache.apply(stock);
            switch (write) {
                case APPLIED -> metrics.cacheApplied.increment();
                case STALE -> metrics.cacheStale.increment();
                case ABSENT -> {
                    // never start an entry from one warehouse: it would read as the SKU's whole stock. The copy
                    // already holds this event (committed above), so the fill includes it.
                    cache.fill(stock.sku(), copy.find(stock.sku()));
                    metrics.cacheFilled.increment();
                }
            }
            if (outage.succeeded()) {
                // the events that came while Redis was down reached the copy only
                onCacheRecovered.run();
            }
        } catch (StockCacheUnavailableException e) {
            metrics.cacheFailed.increment();
            outage.failed(e);
        }
    }
}
