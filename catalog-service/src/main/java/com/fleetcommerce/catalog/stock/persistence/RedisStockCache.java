package com.fleetcommerce.catalog.stock.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
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

import com.fleetcommerce.catalog.stock.domain.CacheWrite;
import com.fleetcommerce.catalog.stock.domain.StockCache;
import com.fleetcommerce.catalog.stock.domain.StockCacheUnavailableException;
import com.fleetcommerce.catalog.stock.domain.WarehouseStock;
import io.lettuce.core.RedisException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.connection.ReturnType;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Repository;

/**
 * Redis hash {@code catalog:stock:<sku>}: one field per warehouse id holding
 * {@code version|available|onHand|reserved|changedAtMicros|warehouseCode}. Every write goes through
 * {@code catalog/stock-upsert.lua}, which compares versions inside Redis.
 */
@Repository
public class RedisStockCache implements StockCache {

    public static final String KEY_PREFIX = "catalog:stock:";

    /** the field a hash filled from an empty copy holds, so an unknown SKU is a hit rather than a miss each time */
    static final String EMPTY_MARKER = "_";

    private static final RedisScript<Long> UPSERT = RedisScript.of(script("catalog/stock-upsert.lua"), Long.class);

    /** Many hashes in one round trip (all keys of one call must share a hash slot on a Redis Cluster). */
    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> READ_MANY = RedisScript.of(script("catalog/stock-read.lua"), List.class);

    private final StringRedisTemplate redis;

    public RedisStockCache(StringRedisTemplate redis) {
        this.redis = redis;
    }

    /**
     * The script's text, read once: a script built from a resource checks the resource's modification time on every
     * call (a jar lookup per Redis command, measurable on the product page).
     */
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

    @Override
    public CacheWrite apply(WarehouseStock stock) {
        List<String> args = new ArrayList<>(4);
        args.add("1");
        addState(args, stock);
        long written = call(stock.sku(), () -> redis.execute(UPSERT, List.of(key(stock.sku())), args.toArray()));
        return written < 0 ? CacheWrite.ABSENT : written == 0 ? CacheWrite.STALE : CacheWrite.APPLIED;
    }

    @Override
    public void fill(String sku, List<WarehouseStock> states) {
        call(sku, () -> redis.execute(UPSERT, List.of(key(sku)), fillArgs(states).toArray()));
    }

    @Override
    public Optional<List<WarehouseStock>> find(String sku) {
        return decodeEntry(sku, call(sku, () -> redis.opsForHash().entries(key(sku))));
    }

    @Override
    public Map<String, Optional<List<WarehouseStock>>> findAll(List<String> skus) {
        if (skus.isEmpty()) {
            return Map.of();
        }
        List<String> keys = skus.stream().map(RedisStockCache::key).toList();
        List<?> answers = call(skus.getFirst(), () -> redis.execute(READ_MANY, keys));
        if (answers.size() != skus.size()) {
            throw new StockCacheUnavailableException("Redis answered " + answers.size() + " of " + skus.size()
                    + " reads", null);
        }
        Map<String, Optional<List<WarehouseStock>>> bySku = new LinkedHashMap<>();
        for (int i = 0; i < skus.size(); i++) {
            List<?> flat = (List<?>) answers.get(i);
            Map<Object, Object> fields = new LinkedHashMap<>();
            for (int f = 0; f + 1 < flat.size(); f += 2) {
                fields.put(flat.get(f), flat.get(f + 1));
            }
            bySku.put(skus.get(i), decodeEntry(skus.get(i), fields));
        }
        return bySku;
    }

    @Override
    public void fillAll(Map<String, List<WarehouseStock>> statesBySku) {
        if (statesBySku.isEmpty()) {
            return;
        }
        if (statesBySku.size() <= 4) {
            // a pipeline takes a dedicated connection: for a product page's few misses, plain calls are cheaper
            statesBySku.forEach(this::fill);
            return;
        }
        String first = statesBySku.keySet().iterator().next();
        // plain EVAL, not EVALSHA: inside a pipeline a NOSCRIPT error (Redis restarted) could not be retried
        byte[] script = UPSERT.getScriptAsString().getBytes(StandardCharsets.UTF_8);
        call(first, () -> redis.executePipelined((RedisCallback<Object>) connection -> {
            statesBySku.forEach((sku, states) -> {
                List<String> args = fillArgs(states);
                byte[][] keysAndArgs = new byte[1 + args.size()][];
                keysAndArgs[0] = key(sku).getBytes(StandardCharsets.UTF_8);
                for (int i = 0; i < args.size(); i++) {
                    keysAndArgs[i + 1] = args.get(i).getBytes(StandardCharsets.UTF_8);
                }
                connection.scriptingCommands().eval(script, ReturnType.INTEGER, 1, keysAndArgs);
            });
            return null;
        }));
    }

    private static List<String> fillArgs(List<WarehouseStock> states) {
        List<String> args = new ArrayList<>(1 + 3 * states.size());
        args.add("0");
        states.forEach(state -> addState(args, state));
        return args;
    }

    private static Optional<List<WarehouseStock>> decodeEntry(String sku, Map<Object, Object> fields) {
        if (fields == null || fields.isEmpty()) {
            return Optional.empty();
        }
        List<WarehouseStock> states = new ArrayList<>(fields.size());
        fields.forEach((field, value) -> {
            if (!EMPTY_MARKER.equals(field)) {
                states.add(decode(sku, (String) field, (String) value));
            }
        });
        return Optional.of(states);
    }

    private static void addState(List<String> args, WarehouseStock state) {
        args.add(state.warehouseId().toString());
        args.add(Long.toString(state.version()));
        args.add(encode(state));
    }

    static String encode(WarehouseStock s) {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, s.changedAt());
        return s.version() + "|" + s.available() + "|" + s.onHand() + "|" + s.reserved() + "|" + micros + "|"
                + s.warehouseCode();
    }

    static WarehouseStock decode(String sku, String warehouseId, String value) {
        String[] parts = value.split("\\|", 6);
        Instant changedAt = Instant.EPOCH.plus(Long.parseLong(parts[4]), ChronoUnit.MICROS);
        return new WarehouseStock(sku, UUID.fromString(warehouseId), parts[5], Long.parseLong(parts[2]),
                Long.parseLong(parts[3]), Long.parseLong(parts[1]), Long.parseLong(parts[0]), changedAt);
    }

    private static <T> T call(String sku, Supplier<T> operation) {
        try {
            T result = operation.get();
            if (result == null) {
                // a pipelined/transactional template returns null; this one never is, so null means no answer
                throw new StockCacheUnavailableException("no answer from Redis for " + sku, null);
            }
            return result;
        } catch (DataAccessException | RedisException e) {
            throw new StockCacheUnavailableException("Redis unavailable for " + sku + ": " + e.getMessage(), e);
        }
    }
}
