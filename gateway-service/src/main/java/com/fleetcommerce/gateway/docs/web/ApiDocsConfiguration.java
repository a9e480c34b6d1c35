package com.fleetcommerce.gateway.docs.web;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springdoc.core.properties.AbstractSwaggerUiConfigProperties.SwaggerUrl;
import org.springdoc.core.properties.SwaggerUiConfigProperties;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One Swagger UI for the whole API: {@code /v3/api-docs/<service>} is routed to that service's {@code /v3/api-docs}
 * (by name, through discovery), and the UI's document list names every service of {@code platform.gateway.services}
 * plus the gateway's own (the BFF). Generated from the list rather than written out, so a service added to the list
 * gets both its route and its entry.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

    static final String PREFIX = "/v3/api-docs/";

    @Bean
    RouteLocator apiDocsRoutes(RouteLocatorBuilder builder, ApiDocsProperties properties) {
        RouteLocatorBuilder.Builder routes = builder.routes();
        for (String service : properties.services()) {
            routes.route("api-docs-" + service, route -> route.path(PREFIX + service)
                    .filters(filters -> filters.setPath("/v3/api-docs"))
                    .uri("lb://" + service));
        }
        return routes.build();
    }

    @Bean
    InitializingBean swaggerUiServiceUrls(SwaggerUiConfigProperties swaggerUi, ApiDocsProperties properties) {
        return () -> {
            Set<SwaggerUrl> urls = new LinkedHashSet<>();
            urls.add(new SwaggerUrl("gateway-service", "/v3/api-docs", "gateway-service (BFF)"));
            for (String service : properties.services()) {
                urls.add(new SwaggerUrl(service, PREFIX + service, service));
            }
            swaggerUi.setUrls(urls);
        };
    }
}
