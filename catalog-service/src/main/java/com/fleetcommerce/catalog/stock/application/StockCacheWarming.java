package com.fleetcommerce.catalog.stock.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When the cache is warmed: at start when {@code catalog.stock-warming.on-start} is set (catalog-worker sets it), and
 * when Redis comes back after an outage (entries written meanwhile went to the copy only). Both run off the calling
 * thread; a run that finds Redis down again just logs it.
 */
@Component
public class StockCacheWarming {

    private static final Logger log = LoggerFactory.getLogger(StockCacheWarming.class);

    private final StockCacheWarmer warmer;
    private final boolean onStart;

    public StockCacheWarming(StockCacheWarmer warmer, @Value("${catalog.stock-warming.on-start:false}") boolean onStart) {
        this.warmer = warmer;
        this.onStart = onStart;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmOnStart() {
        if (onStart) {
            inBackground("start");
        }
    }

    /** Starts a warming run on a new virtual thread and returns at once. */
    public void inBackground(String reason) {
        Thread.ofVirtual().name("stock-cache-warming").start(() -> {
            try {
                log.info("Warming the stock cache ({})", reason);
                warmer.warm();
            } catch (RuntimeException e) {
                log.warn("Stock cache warming ({}) failed: {}", reason, e.getMessage());
            }
        });
    }
}
