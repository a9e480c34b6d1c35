package com.fleetcommerce.customer.statistics.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Objects;
import java.util.UUID;

/** One order as statistics see it: who placed it, its total and when. */
public record OrderFact(UUID orderId, UUID customerId, BigDecimal amount, String currency, Instant placedAt) {

    public OrderFact {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(placedAt, "placedAt");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("order total must not be negative: " + amount);
        }
        Currency.getInstance(currency);             // rejects unknown codes
    }
}
