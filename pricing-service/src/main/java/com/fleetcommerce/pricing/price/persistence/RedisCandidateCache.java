package com.fleetcommerce.pricing.price.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fleetcommerce.pricing.price.domain.CandidateCache;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Redis strings {@code pricing:candidates:<currency>:<sku>} (JSON, with a TTL) and their generation counters
 * {@code pricing:gen:<currency>:<sku>}. Redis trouble never fails a quote: a failed read is a miss, a failed fill is
 * skipped. A failed invalidation (Redis unreachable right after a commit) leaves the old entry until its TTL, which
 * is therefore short.
 */
@Repository
class RedisCandidateCache implements CandidateCache {

    private static final Logger log = LoggerFactory.getLogger(RedisCandidateCache.class);

    static final Duration TTL = Duration.ofSeconds(60);
    private static final Duration GENERATION_TTL = Duration.ofDays(1);
    private static final RedisScript<Long> FILL = RedisScript.of(script("pricing/candidates-fill.lua"), Long.class);

    /** Its own mapper: the entries are internal, and a field added later must not break reading older entries. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /**
     * Entries decoded before, by their exact JSON: Redis is still read on every lookup (so invalidation stays precise),
     * only parsing the same text again is skipped; JSON parsing was a third of a 50-line quote's CPU.
     */
    private final Cache<String, Entry> decoded = Caffeine.newBuilder().maximumSize(20_000).build();

    private final StringRedisTemplate redis;

    RedisCandidateCache(StringRedisTemplate redis) {
        this.redis = redis;
    }

    static String valueKey(Currency currency, String sku) {
        return "pricing:candidates:" + currency.getCurrencyCode() + ":" + sku;
    }

    static String generationKey(Currency currency, String sku) {
        return "pricing:gen:" + currency.getCurrencyCode() + ":" + sku;
    }

    @Override
    public Lookup find(Currency currency, Collection<String> skus) {
        List<String> ordered = List.copyOf(skus);
        Map<String, Entry> hits = new HashMap<>();
        Map<String, String> generations = new HashMap<>();
        if (ordered.isEmpty()) {
            return new Lookup(hits, generations);
        }
        List<String> keys = new ArrayList<>(ordered.size() * 2);
        ordered.forEach(sku -> keys.add(generationKey(currency, sku)));
        ordered.forEach(sku -> keys.add(valueKey(currency, sku)));
        try {
            List<String> values = redis.opsForValue().multiGet(keys);
            for (int i = 0; i < ordered.size(); i++) {
                String sku = ordered.get(i);
                String generation = values.get(i);
                generations.put(sku, generation == null ? "" : generation);
                String json = values.get(ordered.size() + i);
                if (json != null) {
                    hits.put(sku, decoded.get(json, text -> JSON.readValue(text, Entry.class)));
                }
            }
            return new Lookup(hits, generations);
        } catch (RuntimeException unavailable) {
            log.warn("Price candidate cache unreadable, reading PostgreSQL: {}", unavailable.toString());
            // no generations: nothing read now may be filled later
            return new Lookup(Map.of(), Map.of());
        }
    }

    @Override
    public void fill(Currency currency, Map<String, Entry> entries, Map<String, String> generations) {
        List<String> keys = new ArrayList<>();
        List<String> args = new ArrayList<>();
        args.add(Long.toString(TTL.toSeconds()));
        entries.forEach((sku, entry) -> {
            String generation = generations.get(sku);
            if (generation != null) {
                keys.add(generationKey(currency, sku));
                keys.add(valueKey(currency, sku));
                args.add(generation);
                args.add(JSON.writeValueAsString(entry));
            }
        });
        if (keys.isEmpty()) {
            return;
        }
        try {
            redis.execute(FILL, keys, args.toArray());
        } catch (RuntimeException unavailable) {
            log.warn("Price candidate cache not filled: {}", unavailable.toString());
        }
    }

    @Override
    public void invalidate(Currency currency, Collection<String> skus) {
        if (skus.isEmpty()) {
            return;
        }
        try {
            redis.executePipelined(new org.springframework.data.redis.core.SessionCallback<Object>() {
                @Override
                @SuppressWarnings({"unchecked", "rawtypes"})
                public Object execute(org.springframework.data.redis.core.RedisOperations operations) {
                    for (String sku : skus) {
                        // generation first: a reader that read the old generation can no longer fill
                        operations.opsForValue().increment(generationKey(currency, sku));
                        operations.expire(generationKey(currency, sku), GENERATION_TTL);
                        operations.delete(valueKey(currency, sku));
                    }
                    return null;
                }
            });
        } catch (RuntimeException unavailable) {
            log.warn("Price candidate cache not invalidated for {} SKUs (entries expire within {}): {}",
                    skus.size(), TTL, unavailable.toString());
        }
    }

    private static String script(String path) {
        try {
            return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
