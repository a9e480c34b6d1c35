package com.fleetcommerce.pricing.price.domain;

/** How a price rule adjusts a price: a percentage off, or a fixed amount off (in the base list's currency). */
public enum AdjustmentKind {
    PERCENTAGE,
    FIXED
}
