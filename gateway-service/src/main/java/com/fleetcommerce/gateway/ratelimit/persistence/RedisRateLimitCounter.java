package com.fleetcommerce.gateway.ratelimit.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import com.fleetcommerce.gateway.ratelimit.application.RateLimitCounter;
import com.fleetcommerce.gateway.ratelimit.application.SharedWindowCounts;
import com.fleetcommerce.gateway.ratelimit.domain.Limit;
import com.fleetcommerce.gateway.ratelimit.domain.RateLimitDecision;
import com.fleetcommerce.gateway.ratelimit.domain.WindowCount;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * A fixed-window counter in Redis: one Lua call per counted request, or per key and flush of the write-behind counter
 * (INCRBY, and PEXPIRE when the window opens), atomic on the server, so replicas share one count without races. The
 * script's text is read once: Spring Data sends its SHA (EVALSHA) and falls back to the text only when Redis has not
 * seen it yet.
 * <p>
 * A fixed window rather than a token bucket: one key and one round trip per request, and a burst at a window edge
 * (at most twice the limit over a window's length) is acceptable for flood protection.
 */
@Component
@ConditionalOnBooleanProperty(name = "platform.gateway.rate-limit.enabled", matchIfMissing = true)
public class RedisRateLimitCounter implements RateLimitCounter, SharedWindowCounts {

    static final String KEY_PREFIX = "gateway:rate-limit:";

    @SuppressWarnings("rawtypes")
    private final RedisScript<List> script;
    private final ReactiveStringRedisTemplate redis;

    public RedisRateLimitCounter(ReactiveStringRedisTemplate redis) {
        this.redis = redis;
        this.script = RedisScript.of(read("ratelimit/fixed-window.lua"), List.class);
    }

    @Override
    public Mono<RateLimitDecision> hit(String key, Limit limit) {
        return add(key, 1, limit).map(count -> count.decide(limit));
    }

    @Override
    public Mono<WindowCount> add(String key, long hits, Limit limit) {
        return redis.execute(script, List.of(KEY_PREFIX + key),
                        List.of(String.valueOf(limit.window().toMillis()), String.valueOf(hits)))
                .next()
                .map(result -> new WindowCount(((Number) result.get(0)).longValue(),
                        Duration.ofMillis(((Number) result.get(1)).longValue())));
    }

    private static String read(String path) {
        try (var in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
