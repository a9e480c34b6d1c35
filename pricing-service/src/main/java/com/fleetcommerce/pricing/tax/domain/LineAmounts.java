package com.fleetcommerce.pricing.tax.domain;

import java.math.BigDecimal;

/** One priced line: {@code net + tax = gross}, every amount in the currency's scale. */
public record LineAmounts(BigDecimal net, BigDecimal tax, BigDecimal gross) {
}
