package com.fleetcommerce.gateway.bff.application;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code platform.gateway.bff.*}.
 *
 * @param partTimeout    how long an optional part (reviews, promotions, profile) may take before it is left out
 * @param productTimeout how long the required part (the product, the account) may take
 */
@ConfigurationProperties("platform.gateway.bff")
public record BffProperties(@DefaultValue("500ms") Duration partTimeout, @DefaultValue("2s") Duration productTimeout) {
}
