package com.fleetcommerce.pricing.price.application;

import java.time.Instant;

/** The changeable terms of a price list (code, currency and kind are fixed at creation). */
public record PriceListTerms(String name, int priority, String customerGroup, Instant validFrom, Instant validTo,
                             boolean taxInclusive) {
}
