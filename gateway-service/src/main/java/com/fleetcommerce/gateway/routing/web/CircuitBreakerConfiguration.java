package com.fleetcommerce.gateway.routing.web;

import java.time.Duration;

import com.fleetcommerce.gateway.edge.web.RequestBodyTooLargeException;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every service's breaker from {@code platform.gateway.resilience.*}, configured in code as the rest of the fleet
 * configures resilience4j. Resilience4j's time limiter is off ({@code spring.cloud.circuitbreaker.resilience4j
 * .disable-time-limiter}): the route's response timeout is the one limit, so bulk routes can take longer.
 */
@Configuration(proxyBeanMethods = false)
class CircuitBreakerConfiguration {

    @Bean
    Customizer<ReactiveResilience4JCircuitBreakerFactory> serviceCircuitBreakers(ResilienceProperties properties) {
        CircuitBreakerConfig breaker = CircuitBreakerConfig.custom()
                .failureRateThreshold(properties.failureRateThreshold())
                .slowCallDurationThreshold(properties.slowCallDurationThreshold())
                .slowCallRateThreshold(properties.slowCallRateThreshold())
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(properties.slidingWindowSize())
                .minimumNumberOfCalls(properties.minimumNumberOfCalls())
                .waitDurationInOpenState(properties.waitDurationInOpenState())
                .permittedNumberOfCallsInHalfOpenState(properties.permittedCallsInHalfOpenState())
                .automaticTransitionFromOpenToHalfOpenEnabled(false)
                // a client's oversized body is not the service failing
                .ignoreExceptions(RequestBodyTooLargeException.class)
                .build();
        TimeLimiterConfig noLimit = TimeLimiterConfig.custom().timeoutDuration(Duration.ofMinutes(10)).build();
        return factory -> factory.configureDefault(id -> new Resilience4JConfigBuilder(id)
                .circuitBreakerConfig(breaker).timeLimiterConfig(noLimit).build());
    }
}
