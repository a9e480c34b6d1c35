package com.fleetcommerce.customer.statistics.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code customer.base-currency}: the currency "total spent" is counted in. */
@ConfigurationProperties("customer")
public record StatisticsSettings(@DefaultValue("VND") String baseCurrency) {
}
