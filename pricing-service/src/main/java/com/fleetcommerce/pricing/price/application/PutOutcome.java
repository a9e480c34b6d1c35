package com.fleetcommerce.pricing.price.application;

import com.fleetcommerce.pricing.price.domain.Price;

/** The stored price, whether it was new, and how many price events the change produced. */
public record PutOutcome(Price price, boolean created, int events) {
}
