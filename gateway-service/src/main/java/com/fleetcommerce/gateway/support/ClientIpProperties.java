package com.fleetcommerce.gateway.support;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code platform.gateway.client-ip.*}.
 *
 * @param trustedProxies a regular expression for the peer addresses whose {@code X-Forwarded-For} is believed
 */
@ConfigurationProperties("platform.gateway.client-ip")
public record ClientIpProperties(@DefaultValue("127\\.0\\.0\\.1|0:0:0:0:0:0:0:1|::1") String trustedProxies) {
}
