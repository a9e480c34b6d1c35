package com.fleetcommerce.gateway.routing.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code platform.gateway.resilience.*}: the circuit breaker every service's routes share (one breaker per service).
 * Timeouts are the gateway's HTTP client settings ({@code spring.cloud.gateway.server.webflux.httpclient.*}, per route
 * in the route's metadata).
 */
@ConfigurationProperties("platform.gateway.resilience")
public record ResilienceProperties(
        @DefaultValue("50") float failureRateThreshold,
        @DefaultValue("5s") Duration slowCallDurationThreshold,
        @DefaultValue("80") float slowCallRateThreshold,
        @DefaultValue("20") int slidingWindowSize,
        @DefaultValue("10") int minimumNumberOfCalls,
        @DefaultValue("10s") Duration waitDurationInOpenState,
        @DefaultValue("3") int permittedCallsInHalfOpenState) {
}
