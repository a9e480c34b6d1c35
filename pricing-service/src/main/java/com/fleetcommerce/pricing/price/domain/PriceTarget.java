package com.fleetcommerce.pricing.price.domain;

import java.util.UUID;

/**
 * What a price is for: exactly one of a SKU or a product (all its SKUs), optionally in one warehouse only
 * ({@code warehouseId} null = every warehouse). Together with the list, the natural key of a price.
 */
public record PriceTarget(String sku, UUID productId, UUID warehouseId) {

    public static final String SKU_PATTERN = "[A-Z0-9][A-Z0-9._-]{0,63}";

    public PriceTarget {
        if ((sku == null) == (productId == null)) {
            throw new PricingRuleViolation("invalid-target", "sku",
                    "a price is for exactly one of a sku or a productId");
        }
        if (sku != null && !sku.matches(SKU_PATTERN)) {
            throw new PricingRuleViolation("invalid-sku", "sku",
                    "sku must be 1-64 characters A-Z, 0-9, '.', '_' or '-', starting with a letter or digit");
        }
    }

    public static PriceTarget sku(String sku, UUID warehouseId) {
        return new PriceTarget(sku, null, warehouseId);
    }

    public static PriceTarget product(UUID productId, UUID warehouseId) {
        return new PriceTarget(null, productId, warehouseId);
    }

    public boolean skuLevel() {
        return sku != null;
    }

    public MatchLevel level() {
        return MatchLevel.of(skuLevel(), warehouseId != null);
    }
}
