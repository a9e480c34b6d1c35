package com.fleetcommerce.gateway.routing.web;

import java.util.List;
import java.util.Set;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.cloud.gateway.filter.factory.SpringCloudCircuitBreakerFilterFactory;
import org.springframework.stereotype.Component;

/**
 * {@code - Resilience=<service>} on a route: the service's circuit breaker around one retry.
 * <ul>
 * <li>Circuit breaker named after the service (all its routes share it): connect failures, timeouts and 502/503/504
 * answers count as failures; when it is open, or a call fails, the caller gets a 503 problem naming the service
 * ({@link FallbackController}) instead of waiting.</li>
 * <li>Retry, inside the breaker: once, only for GET and HEAD (idempotent), only when the connection could not be made
 * or the service answered 502/503 — the load balancer then picks the next instance. Never for POST, PUT, PATCH or
 * DELETE: the first attempt may have done its work. Not on a response timeout either: the service is slow, asking
 * again doubles its load and the caller's wait ({@link IdempotentRetry}).</li>
 * </ul>
 */
@Component
public class ResilienceGatewayFilterFactory extends AbstractGatewayFilterFactory<ResilienceGatewayFilterFactory.Config> {

    static final Set<String> FAILURE_STATUSES = Set.of("502", "503", "504");

    private final SpringCloudCircuitBreakerFilterFactory circuitBreakers;
    private final GatewayFilter retry = new IdempotentRetry();

    public ResilienceGatewayFilterFactory(SpringCloudCircuitBreakerFilterFactory circuitBreakers) {
        super(Config.class);
        this.circuitBreakers = circuitBreakers;
    }

    @Override
    public List<String> shortcutFieldOrder() {
        return List.of("service");
    }

    @Override
    public GatewayFilter apply(Config config) {
        String service = config.getService();
        GatewayFilter breaker = circuitBreakers.apply(new SpringCloudCircuitBreakerFilterFactory.Config()
                .setName(service)
                .setFallbackUri("forward:" + FallbackController.PATH + "/" + service)
                .setStatusCodes(FAILURE_STATUSES));
        return (exchange, chain) -> breaker.filter(exchange, inner -> retry.filter(inner, chain));
    }

    public static class Config {

        private String service;

        public String getService() {
            return service;
        }

        public void setService(String service) {
            this.service = service;
        }
    }
}
