package com.fleetcommerce.gateway;

import com.fleetcommerce.gateway.routing.web.ResilienceGatewayFilterFactory;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;

/**
 * Routes that exist only in tests, with the same {@code Resilience} filter as every real route, so each test owns a
 * circuit breaker no other test touches: {@code /api/v1/flaky/**} to {@code flaky-service} (the circuit opens) and
 * {@code /api/v1/wobbly/**} to {@code wobbly-service} (retries after 502/503 answers).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestRoutes {

    @Bean
    RouteLocator testOnlyRoutes(RouteLocatorBuilder routes, ResilienceGatewayFilterFactory resilience) {
        return routes.routes()
                .route("flaky-service", route -> route.path("/api/v1/flaky/**")
                        .filters(filters -> filters.filter(resilience.apply(config("flaky-service"))))
                        .uri("lb://flaky-service"))
                .route("wobbly-service", route -> route.path("/api/v1/wobbly/**")
                        .filters(filters -> filters.filter(resilience.apply(config("wobbly-service"))))
                        .uri("lb://wobbly-service"))
                .build();
    }

    private static ResilienceGatewayFilterFactory.Config config(String service) {
        ResilienceGatewayFilterFactory.Config config = new ResilienceGatewayFilterFactory.Config();
        config.setService(service);
        return config;
    }
}
