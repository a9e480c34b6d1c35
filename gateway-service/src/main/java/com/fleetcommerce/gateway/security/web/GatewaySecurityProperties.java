package com.fleetcommerce.gateway.security.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code platform.security.*} as the gateway reads it.
 *
 * @param publicPaths open without a token: {@code METHOD:pattern} or {@code pattern}, as in shared-security
 */
@ConfigurationProperties("platform.security")
public record GatewaySecurityProperties(List<String> publicPaths) {

    public GatewaySecurityProperties {
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
    }
}
