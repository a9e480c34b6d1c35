package com.fleetcommerce.gateway.edge.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.http.HttpMethod;
import org.springframework.util.unit.DataSize;

/**
 * {@code platform.gateway.request-size.*}: the largest request body the gateway passes on.
 *
 * @param defaultMax for every request not listed in {@code routes}
 * @param routes     larger limits for bulk routes (exact path, one method)
 */
@ConfigurationProperties("platform.gateway.request-size")
public record RequestSizeProperties(@DefaultValue("1MB") DataSize defaultMax, List<RouteLimit> routes) {

    public RequestSizeProperties {
        routes = routes == null ? List.of() : List.copyOf(routes);
    }

    public record RouteLimit(HttpMethod method, String path, DataSize max) {
    }
}
