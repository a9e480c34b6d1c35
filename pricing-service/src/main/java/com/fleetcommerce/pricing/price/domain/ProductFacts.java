package com.fleetcommerce.pricing.price.domain;

import java.util.List;
import java.util.UUID;

/** What rules need to know of a SKU's product: its id, brand and categories (from the catalog.product events). */
public record ProductFacts(UUID productId, UUID brandId, List<UUID> categoryIds) {

    public ProductFacts {
        categoryIds = categoryIds == null ? List.of() : List.copyOf(categoryIds);
    }

    /** A product whose brand and categories pricing has not learnt yet (rules by product id still apply). */
    public static ProductFacts only(UUID productId) {
        return new ProductFacts(productId, null, List.of());
    }
}
