package com.fleetcommerce.pricing.price.domain;

/** What the ids of a price rule's target name: products, brands or categories (as the catalog knows them). */
public enum RuleTargetKind {
    PRODUCTS,
    BRANDS,
    CATEGORIES
}
