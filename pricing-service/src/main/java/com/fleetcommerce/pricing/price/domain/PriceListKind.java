package com.fleetcommerce.pricing.price.domain;

/** A REGULAR list sells at its prices; a SALE list also carries each price's compare-at ("was") price. */
public enum PriceListKind {
    REGULAR,
    SALE
}
