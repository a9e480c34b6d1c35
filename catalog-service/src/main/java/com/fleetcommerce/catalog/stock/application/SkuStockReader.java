package com.fleetcommerce.catalog.stock.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fleetcommerce.catalog.common.application.RedisOutageLog;
import com.fleetcommerce.catalog.stock.domain.SkuAvailability;
import com.fleetcommerce.catalog.stock.domain.StockCache;
import com.fleetcommerce.catalog.stock.domain.StockCacheUnavailableException;
import com.fleetcommerce.catalog.stock.domain.StockCopy;
import com.fleetcommerce.catalog.stock.domain.StockSource;
import com.fleetcommerce.catalog.stock.domain.WarehouseStock;
import com.fleetcommerce.catalog.stock.domain.WarehouseStockApi;
import com.fleetcommerce.catalog.stock.domain.WarehouseUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * SKU availability for the product pages, never failing:
 * <ol>
 *   <li>Redis hit: the answer (one pipelined round trip for all the SKUs of a page);</li>
 *   <li>miss: warehouse-service itself (guarded: short timeout, one retry, circuit breaker, bulkhead), and the answer
 *       fills Redis through the same version-checked script as the events, so a fill racing a newer event cannot
 *       undo it;</li>
 *   <li>miss and warehouse-service unavailable: the PostgreSQL copy, marked stale with its as-of time;</li>
 *   <li>Redis unreachable: the PostgreSQL copy (stale), without asking warehouse-service for every read.</li>
 * </ol>
 */
@Service
public class SkuStockReader {

    private static final Logger log = LoggerFactory.getLogger(SkuStockReader.class);

    private final StockCache cache;
    private final StockCopy copy;
    private final WarehouseStockApi warehouse;
    private final StockMetrics metrics;
    private final RedisOutageLog outage = new RedisOutageLog(log, "stock is read from the PostgreSQL copy");

    public SkuStockReader(StockCache cache, StockCopy copy, WarehouseStockApi warehouse, StockMetrics metrics) {
        this.cache = cache;
        this.copy = copy;
        this.warehouse = warehouse;
        this.metrics = metrics;
    }

    public SkuAvailability availability(String sku) {
        return availability(List.of(sku)).get(sku);
    }

    /** Every asked SKU's availability, in the order asked (duplicates once). */
    public Map<String, SkuAvailability> availability(Collection<String> skus) {
        List<String> distinct = List.copyOf(new LinkedHashSet<>(skus));
        Map<String, SkuAvailability> answers = new LinkedHashMap<>();
        if (distinct.isEmpty()) {
            return answers;
        }
        Map<String, Optional<List<WarehouseStock>>> cached;
        try {
            cached = cache.findAll(distinct);
            outage.succeeded();
        } catch (StockCacheUnavailableException e) {
            outage.failed(e);
            metrics.redisDown.increment(distinct.size());
            return fromCopy(distinct);
        }
        List<String> warehouseDown = new ArrayList<>();
        Map<String, List<WarehouseStock>> fills = new LinkedHashMap<>();
        for (String sku : distinct) {
            Optional<List<WarehouseStock>> entry = cached.getOrDefault(sku, Optional.empty());
            if (entry.isPresent()) {
                metrics.redisHit.increment();
                answers.put(sku, SkuAvailability.of(sku, entry.get(), StockSource.REDIS));
                continue;
            }
            try {
                List<WarehouseStock> current = warehouse.current(sku);
                metrics.warehouseAnswered.increment();
                fills.put(sku, current);
                answers.put(sku, SkuAvailability.of(sku, current, StockSource.WAREHOUSE));
            } catch (WarehouseUnavailableException e) {
                log.debug("{}", e.getMessage());
                metrics.warehouseDown.increment();
                warehouseDown.add(sku);
                answers.put(sku, null);     // keeps the asked order; filled from the copy below
            }
        }
        fill(fills);
        if (!warehouseDown.isEmpty()) {
            answers.putAll(fromCopy(warehouseDown));
        }
        return answers;
    }

    private void fill(Map<String, List<WarehouseStock>> fills) {
        if (fills.isEmpty()) {
            return;
        }
        try {
            cache.fillAll(fills);
        } catch (StockCacheUnavailableException e) {
            outage.failed(e);
        }
    }

    private Map<String, SkuAvailability> fromCopy(List<String> skus) {
        Map<String, List<WarehouseStock>> stored = copy.findAll(skus);
        Map<String, SkuAvailability> answers = new LinkedHashMap<>();
        skus.forEach(sku -> answers.put(sku,
                SkuAvailability.of(sku, stored.getOrDefault(sku, List.of()), StockSource.DATABASE_COPY)));
        return answers;
    }
}
