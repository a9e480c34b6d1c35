package com.fleetcommerce.pricing.price.domain;

import java.math.BigDecimal;
import java.util.Currency;

/** Checks on amounts shared by prices and tiers: never negative, never finer than the currency's minor unit. */
public final class Amounts {

    private Amounts() {
    }

    public static BigDecimal check(BigDecimal amount, Currency currency, String field) {
        if (amount == null) {
            throw new PricingRuleViolation("amount-required", field, field + " is required");
        }
        if (amount.signum() < 0) {
            throw new PricingRuleViolation("negative-amount", field, field + " must not be negative");
        }
        int digits = currency.getDefaultFractionDigits();
        if (amount.stripTrailingZeros().scale() > digits) {
            throw new PricingRuleViolation("amount-scale", field,
                    field + " has more decimals than " + currency.getCurrencyCode() + " allows (" + digits + ")");
        }
        return amount.setScale(digits);
    }
}
