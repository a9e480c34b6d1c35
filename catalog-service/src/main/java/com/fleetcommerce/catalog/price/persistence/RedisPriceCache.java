package com.fleetcommerce.catalog.price.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import com.fleetcommerce.catalog.price.domain.PriceCache;
import com.fleetcommerce.catalog.price.domain.PriceCacheUnavailableException;
import com.fleetcommerce.catalog.price.domain.PriceCacheWrite;
import com.fleetcommerce.catalog.price.domain.SkuPrice;
import io.lettuce.core.RedisException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Repository;

/**
 * Redis hash {@code catalog:price:<sku>}: one field per {@code <warehouse id or *>|<currency>} holding
 * {@code version|available|amount|compareAt|taxInclusive|changedAtMicros|priceList}. Every write goes through
 * {@code catalog/price-upsert.lua}, which compares versions inside Redis; reads go through
 * {@code catalog/price-read.lua}, one call for all the SKUs of a page on the shared connection.
 */
@Repository
public class RedisPriceCache implements PriceCache {

    public static final String KEY_PREFIX = "catalog:price:";

    /** the field name part standing for "every warehouse" (warehouseId null) */
    static final String ALL_WAREHOUSES = "*";

    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> UPSERT = RedisScript.of(script("catalog/price-upsert.lua"), List.class);

    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> READ = RedisScript.of(script("catalog/price-read.lua"), List.class);

    private final StringRedisTemplate redis;

    public RedisPriceCache(StringRedisTemplate redis) {
        this.redis = redis;
    }

    /** Read once: a script built from a resource would look the resource up on every call. */
    private static String script(String path) {
        try {
            return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    public static String key(String sku) {
        return KEY_PREFIX + sku;
    }

    public static String field(UUID warehouseId, String currency) {
        return (warehouseId == null ? ALL_WAREHOUSES : warehouseId.toString()) + "|" + currency;
    }

    @Override
    public PriceCacheWrite apply(SkuPrice price) {
        List<String> args = new ArrayList<>(5);
        args.add("1");
        args.add("1");
        addPrice(args, price);
        List<?> answer = call(price.sku(), () -> redis.execute(UPSERT, List.of(key(price.sku())), args.toArray()));
        long written = answer.isEmpty() ? -1 : ((Number) answer.getFirst()).longValue();
        return written < 0 ? PriceCacheWrite.ABSENT : written == 0 ? PriceCacheWrite.STALE : PriceCacheWrite.APPLIED;
    }

    @Override
    public void fillAll(Map<String, List<SkuPrice>> pricesBySku) {
        if (pricesBySku.isEmpty()) {
            return;
        }
        List<String> keys = new ArrayList<>(pricesBySku.size());
        List<String> args = new ArrayList<>();
        args.add("0");
        pricesBySku.forEach((sku, prices) -> {
            keys.add(key(sku));
            args.add(Integer.toString(prices.size()));
            prices.forEach(price -> addPrice(args, price));
        });
        call(keys.getFirst(), () -> redis.execute(UPSERT, keys, args.toArray()));
    }

    @Override
    public Map<String, Optional<SkuPrice>> findAll(List<String> skus, String currency) {
        if (skus.isEmpty()) {
            return Map.of();
        }
        List<String> keys = skus.stream().map(RedisPriceCache::key).toList();
        String field = field(null, currency);
        List<?> answers = call(skus.getFirst(), () -> redis.execute(READ, keys, field));
        if (answers.size() != skus.size()) {
            throw new PriceCacheUnavailableException("Redis answered " + answers.size() + " of " + skus.size()
                    + " reads", null);
        }
        Map<String, Optional<SkuPrice>> bySku = new LinkedHashMap<>();
        for (int i = 0; i < skus.size(); i++) {
            Object answer = answers.get(i);
            String sku = skus.get(i);
            if (answer instanceof String value) {
                bySku.put(sku, Optional.of(decode(sku, field, value)));
            } else if (answer instanceof Number n && n.longValue() == 1) {
                bySku.put(sku, Optional.empty());       // the entry exists without such a price: a hit, no price
            }                                           // 0: no entry, a miss (absent from the map)
        }
        return bySku;
    }

    private static void addPrice(List<String> args, SkuPrice price) {
        args.add(field(price.warehouseId(), price.currency()));
        args.add(Long.toString(price.version()));
        args.add(encode(price));
    }

    static String encode(SkuPrice p) {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, p.changedAt());
        return p.version() + "|" + (p.available() ? "1" : "0") + "|" + text(p.amount()) + "|" + text(p.compareAt())
                + "|" + (p.taxInclusive() ? "1" : "0") + "|" + micros + "|"
                + (p.priceList() == null ? "" : p.priceList());
    }

    static SkuPrice decode(String sku, String field, String value) {
        String[] parts = value.split("\\|", 7);
        String[] key = field.split("\\|", 2);
        UUID warehouseId = ALL_WAREHOUSES.equals(key[0]) ? null : UUID.fromString(key[0]);
        Instant changedAt = Instant.EPOCH.plus(Long.parseLong(parts[5]), ChronoUnit.MICROS);
        return new SkuPrice(sku, warehouseId, key[1], "1".equals(parts[1]), amount(parts[2]), amount(parts[3]),
                "1".equals(parts[4]), parts[6].isEmpty() ? null : parts[6], Long.parseLong(parts[0]), changedAt);
    }

    private static String text(BigDecimal amount) {
        return amount == null ? "" : amount.toPlainString();
    }

    private static BigDecimal amount(String text) {
        return text.isEmpty() ? null : new BigDecimal(text);
    }

    private static <T> T call(String sku, Supplier<T> operation) {
        try {
            T result = operation.get();
            if (result == null) {
                throw new PriceCacheUnavailableException("no answer from Redis for " + sku, null);
            }
            return result;
        } catch (DataAccessException | RedisException e) {
            throw new PriceCacheUnavailableException("Redis unavailable for " + sku + ": " + e.getMessage(), e);
        }
    }
}
