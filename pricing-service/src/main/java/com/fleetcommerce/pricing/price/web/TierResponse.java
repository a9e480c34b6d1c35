package com.fleetcommerce.pricing.price.web;

import com.fleetcommerce.shared.web.money.Money;

public record TierResponse(long minQuantity, Money amount) {
}
