package com.fleetcommerce.catalog.price.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import com.fleetcommerce.catalog.common.application.RedisOutageLog;
import com.fleetcommerce.catalog.price.domain.PriceCache;
import com.fleetcommerce.catalog.price.domain.PriceCacheUnavailableException;
import com.fleetcommerce.catalog.price.domain.PriceCacheWrite;
import com.fleetcommerce.catalog.price.domain.PriceCopy;
import com.fleetcommerce.catalog.price.domain.SkuPrice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Applies one reported price to the read model: the PostgreSQL copy first (committed by its own statement), then
 * Redis. Both stores keep the higher version per (SKU, warehouse, currency), so redelivered, duplicate and
 * out-of-order events change nothing. A Redis failure does not fail the event: the copy is updated, and when Redis
 * answers again every SKU the copy took since the outage began is refilled from it.
 */
@Service
public class PriceSync {

    private static final Logger log = LoggerFactory.getLogger(PriceSync.class);

    /** the copy's {@code updated_at} is the database's clock: a margin for skew and for writes in flight */
    static final Duration REFILL_MARGIN = Duration.ofMinutes(1);

    private final PriceCopy copy;
    private final PriceCache cache;
    private final PriceMetrics metrics;
    private final Clock clock;
    private final Consumer<Instant> onCacheRecovered;
    private final RedisOutageLog outage = new RedisOutageLog(log, "price changes go to the PostgreSQL copy only");
    private final AtomicReference<Instant> outageSince = new AtomicReference<>();

    @Autowired
    public PriceSync(PriceCopy copy, PriceCache cache, PriceMetrics metrics, PriceCacheRefill refill) {
        this(copy, cache, metrics, Clock.systemUTC(), refill::inBackground);
    }

    PriceSync(PriceCopy copy, PriceCache cache, PriceMetrics metrics, Clock clock,
              Consumer<Instant> onCacheRecovered) {
        this.copy = copy;
        this.cache = cache;
        this.metrics = metrics;
        this.clock = clock;
        this.onCacheRecovered = onCacheRecovered;
    }

    /** @return whether the price was newer than the copy's (false: stale or duplicate, nothing changed) */
    public boolean apply(SkuPrice price) {
        boolean applied = copy.apply(price);
        (applied ? metrics.eventsApplied : metrics.eventsIgnored).increment();
        // Redis is written even for an ignored event: the script keeps it from regressing, and a redelivered event
        // repairs an entry that missed it while Redis was down.
        writeCache(price);
        if (applied) {
            Duration latency = Duration.between(price.changedAt(), clock.instant());
            metrics.propagation.record(latency.isNegative() ? Duration.ZERO : latency);   // clock skew
        }
        return applied;
    }

    private void writeCache(SkuPrice price) {
        try {
            PriceCacheWrite write = cache.apply(price);
            switch (write) {
                case APPLIED -> metrics.cacheApplied.increment();
                case STALE -> metrics.cacheStale.increment();
                case ABSENT -> {
                    // never start an entry from one price: the entry's missing fields would read as "no price".
                    // The copy already holds this event (committed above), so the fill includes it.
                    cache.fillAll(Map.of(price.sku(),
                            copy.findAll(List.of(price.sku())).getOrDefault(price.sku(), List.of())));
                    metrics.cacheFilled.increment();
                }
            }
            if (outage.succeeded()) {
                Instant since = outageSince.getAndSet(null);
                // the events that came while Redis was down reached the copy only
                onCacheRecovered.accept(since == null ? clock.instant().minus(REFILL_MARGIN) : since);
            }
        } catch (PriceCacheUnavailableException e) {
            metrics.cacheFailed.increment();
            if (outage.failed(e)) {
                outageSince.compareAndSet(null, clock.instant().minus(REFILL_MARGIN));
            }
        }
    }
}
