package com.fleetcommerce.pricing.quote.application;

import java.math.BigDecimal;

import com.fleetcommerce.pricing.price.domain.ResolvedPrice;
import com.fleetcommerce.pricing.tax.domain.LineAmounts;

/**
 * One priced line: the resolved unit price (and why), the tax rate applied and the line's amounts, all computed here
 * from stored prices. {@code amounts.gross} is what the customer pays for the line.
 */
public record QuoteLine(String sku, long quantity, ResolvedPrice price, BigDecimal taxRatePercent,
                        LineAmounts amounts) {
}
