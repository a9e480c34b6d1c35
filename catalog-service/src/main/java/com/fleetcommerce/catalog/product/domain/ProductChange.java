package com.fleetcommerce.catalog.product.domain;

/** What happened to a product in one use case; the application turns these into published events. */
public sealed interface ProductChange {

    record Created() implements ProductChange {
    }

    /** Content or SKUs changed. */
    record Updated() implements ProductChange {
    }

    record StatusChanged(ProductStatus from, ProductStatus to) implements ProductChange {
    }
}
