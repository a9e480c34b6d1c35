package com.fleetcommerce.catalog.price.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fleetcommerce.catalog.common.application.RedisOutageLog;
import com.fleetcommerce.catalog.price.domain.PriceCache;
import com.fleetcommerce.catalog.price.domain.PriceCacheUnavailableException;
import com.fleetcommerce.catalog.price.domain.PriceCopy;
import com.fleetcommerce.catalog.price.domain.SkuPrice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The price product pages and listings show: per SKU the available price for every warehouse (warehouseId null) in
 * one currency, never failing on Redis:
 * <ol>
 *   <li>Redis: one script call for all the SKUs of a page, on the shared connection;</li>
 *   <li>miss: the PostgreSQL copy (one query for all misses), which then fills Redis through the version-checked
 *       script (the copy is written before Redis by the consumer, so it is never older than Redis; a fill racing a
 *       newer event regresses nothing);</li>
 *   <li>Redis unreachable: the PostgreSQL copy.</li>
 * </ol>
 */
@Service
public class SkuPriceReader {

    private static final Logger log = LoggerFactory.getLogger(SkuPriceReader.class);

    private final PriceCache cache;
    private final PriceCopy copy;
    private final PriceMetrics metrics;
    private final RedisOutageLog outage = new RedisOutageLog(log, "prices are read from the PostgreSQL copy");

    public SkuPriceReader(PriceCache cache, PriceCopy copy, PriceMetrics metrics) {
        this.cache = cache;
        this.copy = copy;
        this.metrics = metrics;
    }

    /** The SKUs that have an available all-warehouse price in {@code currency}, with it; others are absent. */
    public Map<String, SkuPrice> prices(Collection<String> skus, String currency) {
        List<String> distinct = List.copyOf(new LinkedHashSet<>(skus));
        Map<String, SkuPrice> answers = new LinkedHashMap<>();
        if (distinct.isEmpty()) {
            return answers;
        }
        Map<String, Optional<SkuPrice>> cached;
        try {
            cached = cache.findAll(distinct, currency);
            outage.succeeded();
        } catch (PriceCacheUnavailableException e) {
            outage.failed(e);
            metrics.redisDown.increment(distinct.size());
            fromCopy(distinct, currency, answers);
            return answers;
        }
        List<String> misses = new ArrayList<>();
        for (String sku : distinct) {
            Optional<SkuPrice> entry = cached.get(sku);
            if (entry == null) {
                misses.add(sku);
                continue;
            }
            metrics.redisHit.increment();
            entry.filter(SkuPrice::available).ifPresent(price -> answers.put(sku, price));
        }
        if (!misses.isEmpty()) {
            metrics.redisMiss.increment(misses.size());
            Map<String, List<SkuPrice>> stored = fromCopy(misses, currency, answers);
            Map<String, List<SkuPrice>> fills = new LinkedHashMap<>();
            misses.forEach(sku -> fills.put(sku, stored.getOrDefault(sku, List.of())));
            try {
                cache.fillAll(fills);
            } catch (PriceCacheUnavailableException e) {
                outage.failed(e);
            }
        }
        return answers;
    }

    private Map<String, List<SkuPrice>> fromCopy(List<String> skus, String currency, Map<String, SkuPrice> answers) {
        Map<String, List<SkuPrice>> stored = copy.findAll(skus);
        stored.forEach((sku, prices) -> prices.stream()
                .filter(p -> p.allWarehouses() && p.available() && p.currency().equals(currency))
                .findFirst()
                .ifPresent(price -> answers.put(sku, price)));
        return stored;
    }
}
