package com.fleetcommerce.pricing.price.domain;

import java.math.BigDecimal;

/** From {@code minQuantity} units on, each unit costs {@code amount}. The price's own amount is the tier from 1. */
public record Tier(long minQuantity, BigDecimal amount) {
}
