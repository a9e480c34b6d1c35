package com.fleetcommerce.catalog.price.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fleetcommerce.catalog.price.domain.PriceCache;
import com.fleetcommerce.catalog.price.domain.PriceCacheUnavailableException;
import com.fleetcommerce.catalog.price.domain.PriceCopy;
import com.fleetcommerce.catalog.price.domain.SkuPrice;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * After a Redis outage seen by the consumer: every SKU the copy took a price for since the outage began is filled
 * into Redis again from the copy (500 SKUs per query and per script call), through the version check, so it
 * regresses nothing that events wrote meanwhile. Runs one at a time, off the listener threads.
 */
@Component
public class PriceCacheRefill {

    private static final Logger log = LoggerFactory.getLogger(PriceCacheRefill.class);
    static final int PAGE = 500;

    private final PriceCopy copy;
    private final PriceCache cache;
    private final PriceMetrics metrics;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(
            Thread.ofVirtual().name("price-cache-refill").factory());

    public PriceCacheRefill(PriceCopy copy, PriceCache cache, PriceMetrics metrics) {
        this.copy = copy;
        this.cache = cache;
        this.metrics = metrics;
    }

    public void inBackground(Instant since) {
        runner.execute(() -> {
            try {
                log.info("refilled {} SKU price entries into Redis (changed since {})", since(since), since);
            } catch (PriceCacheUnavailableException e) {
                log.warn("price cache refill stopped, Redis unreachable again: {}", e.getMessage());
            } catch (RuntimeException e) {
                log.warn("price cache refill failed", e);
            }
        });
    }

    /** @return how many SKUs were refilled */
    public long since(Instant since) {
        long refilled = 0;
        String after = "";
        while (true) {
            List<String> skus = copy.skusUpdatedSince(since, after, PAGE);
            if (skus.isEmpty()) {
                return refilled;
            }
            Map<String, List<SkuPrice>> prices = copy.findAll(skus);
            cache.fillAll(prices);
            metrics.refilled.increment(prices.size());
            refilled += prices.size();
            after = skus.getLast();
        }
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
    }
}
