package com.fleetcommerce.gateway.security.web;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code platform.gateway.cors.*}: the single-page apps allowed to call the API from a browser.
 *
 * @param allowedOrigins exact origins (scheme, host, port)
 * @param maxAge         how long a browser may cache a preflight answer
 */
@ConfigurationProperties("platform.gateway.cors")
public record CorsProperties(@DefaultValue({"http://localhost:5173", "http://localhost:5174"}) List<String> allowedOrigins,
                             @DefaultValue("1h") Duration maxAge) {
}
