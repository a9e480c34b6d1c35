package com.fleetcommerce.pricing.quote.web;

import com.fleetcommerce.shared.web.money.Money;

/** Sums of the lines: {@code net + tax = total}. */
public record QuoteTotalsResponse(Money net, Money tax, Money total) {
}
