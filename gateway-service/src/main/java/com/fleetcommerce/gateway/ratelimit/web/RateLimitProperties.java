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
 */
@ConfigurationProperties("platform.gateway.rate-limit")
public record RateLimitProperties(@DefaultValue("true") boolean enabled, Map<String, ClassLimit> classes,
                                  List<String> authPaths, @DefaultValue("250ms") Duration storeTimeout) {

    public RateLimitProperties {
        classes = classes == null ? Map.of() : Map.copyOf(classes);
        authPaths = authPaths == null ? List.of() : List.copyOf(authPaths);
    }

    public record ClassLimit(long limit, Duration window) {
    }
}
