package com.fleetcommerce.pricing.price.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fleetcommerce.pricing.price.domain.Tier;

/**
 * A price to put into a list. {@code sku} set = a SKU-level price (then {@code productId}, when also given, only
 * teaches pricing the SKU's product); {@code sku} null = a product-level price for {@code productId}.
 * {@code currency} is the currency the caller priced in, checked against the list's.
 */
public record PutPrice(String sku, UUID productId, UUID warehouseId, String currency, BigDecimal amount,
                       BigDecimal compareAt, List<Tier> tiers, Instant validFrom, Instant validTo, String taxClass) {
}
