package com.fleetcommerce.gateway.docs.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code platform.gateway.services}: the services whose OpenAPI documents the gateway's Swagger UI lists. */
@ConfigurationProperties("platform.gateway")
public record ApiDocsProperties(List<String> services) {

    public ApiDocsProperties {
        services = services == null ? List.of() : List.copyOf(services);
    }
}
