package com.fleetcommerce.auth.ratelimit;

import java.time.Duration;
import java.util.List;

import com.fleetcommerce.auth.config.AuthProperties;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * Fixed-window counters per (action, client address) in Redis: one Lua call does INCR, sets the window's expiry on
 * the first hit and returns the count and the time left, so replicas share the limit and the count is atomic.
 * If Redis is down the request goes through (the account lockout still protects passwords): failing closed would turn
 * a cache outage into a login outage.
 */
@Component
public class RateLimiter {

    public enum Action { LOGIN, REGISTER, PASSWORD_RESET }

    private static final RedisScript<List> HIT = new DefaultRedisScript<>("""
            local count = redis.call('INCR', KEYS[1])
            if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
            local ttl = redis.call('PTTL', KEYS[1])
            if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
            return {count, ttl}
            """, List.class);

    private final StringRedisTemplate redis;
    private final AuthProperties properties;

    public RateLimiter(StringRedisTemplate redis, AuthProperties properties) {
        this.redis = redis;
        this.properties = properties;
    }

    /** Counts one attempt; throws {@link RateLimitExceededException} once the window's limit is passed. */
    public void check(Action action, String clientAddress) {
        AuthProperties.Limit limit = switch (action) {
            case LOGIN -> properties.rateLimits().login();
            case REGISTER -> properties.rateLimits().register();
            case PASSWORD_RESET -> properties.rateLimits().passwordReset();
        };
        List<?> result;
        try {
            result = redis.execute(HIT, List.of("auth:rate:" + action.name().toLowerCase() + ":" + clientAddress),
                    Long.toString(limit.window().toMillis()));
        } catch (RuntimeException redisDown) {
            return;
        }
        if (result == null || result.size() < 2) {
            return;
        }
        long count = ((Number) result.get(0)).longValue();
        long ttlMillis = ((Number) result.get(1)).longValue();
        if (count > limit.limit()) {
            throw new RateLimitExceededException(Duration.ofMillis(ttlMillis));
        }
    }
}
