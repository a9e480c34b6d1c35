package com.fleetcommerce.catalog.stock.application;

import java.util.List;
import java.util.Optional;

import com.fleetcommerce.catalog.stock.domain.SkuAvailability;
import com.fleetcommerce.catalog.stock.domain.StockCache;
import com.fleetcommerce.catalog.stock.domain.StockCacheUnavailableException;
import com.fleetcommerce.catalog.stock.domain.StockCopy;
import com.fleetcommerce.catalog.stock.domain.StockSource;
import com.fleetcommerce.catalog.stock.domain.WarehouseStock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * A SKU's availability: from Redis; on a miss from the PostgreSQL copy, which then fills Redis (through the same
 * version-checked script, so a fill racing a newer event cannot undo it); with Redis unreachable from the copy.
 * Never fails because of Redis.
 */
@Service
public class SkuStockReader {

    private static final Logger log = LoggerFactory.getLogger(SkuStockReader.class);

    private final StockCache cache;
    private final StockCopy copy;
    private final StockMetrics metrics;
    private final CacheOutageLog outage = new CacheOutageLog(log, "stock is read from the PostgreSQL copy");

    public SkuStockReader(StockCache cache, StockCopy copy, StockMetrics metrics) {
        this.cache = cache;
        this.copy = copy;
        this.metrics = metrics;
    }

    public SkuAvailability availability(String sku) {
        Optional<List<WarehouseStock>> cached;
        try {
            cached = cache.find(sku);
        } catch (StockCacheUnavailableException e) {
            metrics.redisDown.increment();
            outage.failed(e);
            return SkuAvailability.of(sku, copy.find(sku), StockSource.DATABASE_COPY);
        }
        outage.succeeded();
        if (cached.isPresent()) {
            metrics.redisHit.increment();
            return SkuAvailability.of(sku, cached.get(), StockSource.REDIS);
        }
        metrics.redisMiss.increment();
        List<WarehouseStock> states = copy.find(sku);
        try {
            cache.fill(sku, states);
        } catch (StockCacheUnavailableException e) {
            outage.failed(e);
        }
        return SkuAvailability.of(sku, states, StockSource.DATABASE_COPY);
    }
}
