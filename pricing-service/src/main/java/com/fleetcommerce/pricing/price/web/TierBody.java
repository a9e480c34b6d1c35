package com.fleetcommerce.pricing.price.web;

import com.fleetcommerce.shared.web.money.Money;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;

/** A quantity tier: from {@code minQuantity} units on, each costs {@code amount}. */
public record TierBody(@NotNull @Max(1_000_000_000) Long minQuantity, @NotNull Money amount) {
}
