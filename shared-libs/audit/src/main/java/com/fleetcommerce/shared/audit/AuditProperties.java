package com.fleetcommerce.shared.audit;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code platform.audit.*}.
 *
 * @param enabled         {@code false} switches the library off (no {@link AuditLog} bean)
 * @param trustedProxies  remote addresses (the gateway, load balancers) whose {@code X-Forwarded-For} is believed;
 *                        empty: the TCP peer is the client, a forged header changes nothing
 */
@ConfigurationProperties("platform.audit")
public record AuditProperties(Boolean enabled, List<String> trustedProxies) {

    public AuditProperties {
        enabled = enabled == null || enabled;
        trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
    }
}
