package com.fleetcommerce.shared.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code platform.security.*}.
 *
 * @param publicPaths paths open without a token, besides health, info, prometheus and the API docs: a pattern
 *                    ({@code /api/v1/categories/**}) or {@code METHOD:pattern} ({@code GET:/api/v1/products/**})
 */
@ConfigurationProperties("platform.security")
public record PlatformSecurityProperties(List<String> publicPaths) {

    public PlatformSecurityProperties {
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
    }
}
