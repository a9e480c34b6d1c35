package com.fleetcommerce.pricing.price.domain;

import java.time.Instant;
import java.util.Currency;
import java.util.UUID;

/**
 * What a price is asked for: a SKU (and its product, when known, for product-level prices), a quantity, optionally
 * a warehouse and a customer group, in a currency at an instant.
 */
public record PriceQuery(String sku, UUID productId, long quantity, UUID warehouseId, String customerGroup,
                         Currency currency, Instant at) {

    public PriceQuery {
        if (quantity < 1) {
            throw new PricingRuleViolation("invalid-quantity", "quantity", "quantity must be 1 or more");
        }
        if (customerGroup != null && customerGroup.isBlank()) {
            customerGroup = null;
        }
    }
}
