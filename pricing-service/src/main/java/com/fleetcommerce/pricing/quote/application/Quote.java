package com.fleetcommerce.pricing.quote.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

/** A priced basket: lines, and totals that are plain sums of the (already rounded) lines. */
public record Quote(Currency currency, String country, String region, Instant pricedAt, List<QuoteLine> lines,
                    BigDecimal netTotal, BigDecimal taxTotal, BigDecimal grossTotal) {
}
