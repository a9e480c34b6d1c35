package com.fleetcommerce.pricing.price.domain;

/** A stored price together with its list: the unit the resolver ranks. */
public record PriceCandidate(PriceList list, Price price) {
}
