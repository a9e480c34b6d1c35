package com.fleetcommerce.catalog.stock.application;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fleetcommerce.catalog.stock.domain.ActiveSkus;
import com.fleetcommerce.catalog.stock.domain.StockCache;
import com.fleetcommerce.catalog.stock.domain.StockCacheUnavailableException;
import com.fleetcommerce.catalog.stock.domain.StockCopy;
import com.fleetcommerce.catalog.stock.domain.WarehouseStock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Fills Redis for every SKU of an active product from the PostgreSQL copy, a page at a time (one query and one
 * pipelined Redis round trip per page). Each write goes through the version-checked script, so warming while events
 * arrive never puts an older state over a newer one. SKUs the copy has never heard of are left alone: a read then
 * asks warehouse-service, which knows better than an empty entry would.
 */
@Service
public class StockCacheWarmer {

    /** What one warming run did. */
    public record Result(int skusSeen, int entriesWritten, Duration took, boolean alreadyRunning) {
    }

    static final int PAGE = 500;

    private static final Logger log = LoggerFactory.getLogger(StockCacheWarmer.class);

    private final ActiveSkus skus;
    private final StockCopy copy;
    private final StockCache cache;
    private final StockMetrics metrics;
    private final AtomicBoolean running = new AtomicBoolean();

    public StockCacheWarmer(ActiveSkus skus, StockCopy copy, StockCache cache, StockMetrics metrics) {
        this.skus = skus;
        this.copy = copy;
        this.cache = cache;
        this.metrics = metrics;
    }

    /**
     * One pass over all active SKUs; a second call while one runs returns at once ({@code alreadyRunning}).
     *
     * @throws StockCacheUnavailableException when Redis cannot be reached (nothing to warm then)
     */
    public Result warm() {
        if (!running.compareAndSet(false, true)) {
            return new Result(0, 0, Duration.ZERO, true);
        }
        Instant started = Instant.now();
        try {
            int seen = 0;
            int written = 0;
            String after = null;
            while (true) {
                List<String> page = skus.page(after, PAGE);
                if (page.isEmpty()) {
                    break;
                }
                seen += page.size();
                Map<String, List<WarehouseStock>> known = new LinkedHashMap<>(copy.findAll(page));
                cache.fillAll(known);
                written += known.size();
                metrics.warmed.increment(known.size());
                after = page.getLast();
            }
            Result result = new Result(seen, written, Duration.between(started, Instant.now()), false);
            log.info("Stock cache warmed: {} active SKUs, {} entries written in {} ms", seen, written,
                    result.took().toMillis());
            return result;
        } finally {
            running.set(false);
        }
    }
}
