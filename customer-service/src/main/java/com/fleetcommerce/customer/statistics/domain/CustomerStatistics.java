package com.fleetcommerce.customer.statistics.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * What a customer bought, for segments and staff. {@code totalSpent} counts orders in the store's base currency
 * ({@code currency}, VND) only: there is no FX conversion, orders in other currencies count in {@code orderCount}
 * but not in the total.
 */
public record CustomerStatistics(UUID customerId, int orderCount, BigDecimal totalSpent, String currency,
                                 Instant lastOrderAt) {
}
