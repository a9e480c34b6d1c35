package com.fleetcommerce.catalog.product.domain;

import java.util.Set;

/**
 * A product's life: staff prepare a {@code DRAFT}, publish it ({@code ACTIVE}: the only status the public sees),
 * may take it back to draft, and retire it ({@code ARCHIVED}). An archived product comes back only through draft,
 * so it is reviewed before it is sold again.
 */
public enum ProductStatus {
    DRAFT,
    ACTIVE,
    ARCHIVED;

    public Set<ProductStatus> next() {
        return switch (this) {
            case DRAFT -> Set.of(ACTIVE, ARCHIVED);
            case ACTIVE -> Set.of(DRAFT, ARCHIVED);
            case ARCHIVED -> Set.of(DRAFT);
        };
    }

    public boolean canMoveTo(ProductStatus target) {
        return next().contains(target);
    }
}
