package com.fleetcommerce.pricing.price.domain;

/** How specifically a price targets the item asked for; a higher {@code specificity} always wins. */
public enum MatchLevel {
    PRODUCT(1),
    PRODUCT_WAREHOUSE(2),
    SKU(3),
    SKU_WAREHOUSE(4);

    private final int specificity;

    MatchLevel(int specificity) {
        this.specificity = specificity;
    }

    public int specificity() {
        return specificity;
    }

    public static MatchLevel of(boolean skuLevel, boolean warehouseSpecific) {
        if (skuLevel) {
            return warehouseSpecific ? SKU_WAREHOUSE : SKU;
        }
        return warehouseSpecific ? PRODUCT_WAREHOUSE : PRODUCT;
    }
}
