package com.fleetcommerce.pricing.catalogsync.domain;

import java.util.List;
import java.util.UUID;

/**
 * A catalog product as pricing needs it: its SKU codes (for product-level prices), brand and categories (for price
 * rules) and the catalog's version of it. {@code factsKnown} is false for a status change, which carries the SKUs
 * but not the brand and categories: those then stay as stored.
 */
public record CatalogProduct(UUID productId, UUID brandId, List<UUID> categoryIds, List<String> skus,
                             boolean factsKnown, long version) {

    public CatalogProduct {
        if (productId == null) {
            throw new IllegalArgumentException("productId is required");
        }
        categoryIds = categoryIds == null ? List.of() : List.copyOf(categoryIds);
        skus = List.copyOf(skus);
    }
}
