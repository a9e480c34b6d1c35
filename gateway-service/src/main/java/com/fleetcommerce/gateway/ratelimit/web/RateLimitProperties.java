package com.fleetcommerce.gateway.ratelimit.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code platform.gateway.rate-limit.*}.
 *
 * @param enabled      off only for experiments; the fleet runs with it
 * @param classes      limit per class: {@code auth} (per IP, on {@code auth-paths}), {@code user} (per token subject),
 *                     {@code anonymous} (per IP)
 * @param authPaths    {@code METHOD:pattern} entries counted in the strict {@code auth} class
 * @param storeTimeout how long the limiter waits for Redis before letting a request through uncounted
 * @param writeBehind  the classes counted in the replica and flushed to Redis in the background
 */
@ConfigurationProperties("platform.gateway.rate-limit")
public record RateLimitProperties(@DefaultValue("true") boolean enabled, Map<String, ClassLimit> classes,
                                  List<String> authPaths, @DefaultValue("250ms") Duration storeTimeout,
                                  @DefaultValue WriteBehind writeBehind) {

    public RateLimitProperties {
        classes = classes == null ? Map.of() : Map.copyOf(classes);
        authPaths = authPaths == null ? List.of() : List.copyOf(authPaths);
    }

    public record ClassLimit(long limit, Duration window) {
    }

    /**
     * @param classes       counted in the replica, flushed every {@code flushInterval}; the others (by default the
     *                      strict {@code auth} class) are counted in Redis on every request
     * @param flushInterval how often the replica adds its new hits to the shared counts
     * @param maxKeys       keys counted in the replica at most; beyond that new keys are counted in Redis per request
     */
    public record WriteBehind(@DefaultValue({"anonymous", "user"}) List<String> classes,
                              @DefaultValue("50ms") Duration flushInterval, @DefaultValue("100000") int maxKeys) {

        public WriteBehind {
            classes = classes == null ? List.of() : List.copyOf(classes);
            if (flushInterval == null || flushInterval.toMillis() < 1) {
                throw new IllegalArgumentException("rate-limit.write-behind.flush-interval must be at least 1 ms");
            }
            if (maxKeys < 1) {
                throw new IllegalArgumentException("rate-limit.write-behind.max-keys must be at least 1");
            }
        }
    }
}
