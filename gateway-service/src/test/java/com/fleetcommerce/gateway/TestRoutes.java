package com.fleetcommerce.gateway;

import com.fleetcommerce.gateway.routing.web.ResilienceGatewayFilterFactory;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;

/**
 * One route that exists only in tests: {@code /api/v1/flaky/**} to {@code flaky-service} with the same
 * {@code Resilience} filter as every real route, so the circuit-breaker test owns a breaker no other test touches.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestRoutes {

    @Bean
    RouteLocator testOnlyRoutes(RouteLocatorBuilder routes, ResilienceGatewayFilterFactory resilience) {
        ResilienceGatewayFilterFactory.Config config = new ResilienceGatewayFilterFactory.Config();
        config.setService("flaky-service");
        return routes.routes()
                .route("flaky-service", route -> route.path("/api/v1/flaky/**")
                        .filters(filters -> filters.filter(resilience.apply(config)))
                        .uri("lb://flaky-service"))
                .build();
    }
}
