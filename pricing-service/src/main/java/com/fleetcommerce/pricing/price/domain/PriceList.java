package com.fleetcommerce.pricing.price.domain;

import java.util.Currency;
import java.util.UUID;

/**
 * A named set of prices in one currency. Higher {@code priority} wins between lists that price an item at the same
 * level; a list with a {@code customerGroup} applies only to that group and beats a generic one of equal priority.
 * {@code taxInclusive} says whether its amounts include tax.
 */
public record PriceList(UUID id, String code, String name, Currency currency, int priority, String customerGroup,
                        Window validity, boolean taxInclusive, PriceListKind kind, boolean active, long version) {

    public static final int MAX_PRIORITY = 1_000_000;

    public PriceList {
        if (code == null || !code.matches("[A-Z0-9][A-Z0-9._-]{0,63}")) {
            throw new PricingRuleViolation("invalid-code", "code",
                    "code must be 1-64 characters A-Z, 0-9, '.', '_' or '-', starting with a letter or digit");
        }
        if (priority < -MAX_PRIORITY || priority > MAX_PRIORITY) {
            throw new PricingRuleViolation("invalid-priority", "priority",
                    "priority must be between -" + MAX_PRIORITY + " and " + MAX_PRIORITY);
        }
        if (customerGroup != null && customerGroup.isBlank()) {
            customerGroup = null;
        }
        validity = validity == null ? Window.ALWAYS : validity;
        if (currency == null) {
            throw new PricingRuleViolation("unknown-currency", "currency", "currency is required");
        }
        if (currency.getDefaultFractionDigits() < 0) {
            throw new PricingRuleViolation("unknown-currency", "currency",
                    "currency " + currency.getCurrencyCode() + " is not supported");
        }
    }

    public boolean isSale() {
        return kind == PriceListKind.SALE;
    }

    /** A copy with the changeable terms replaced; code, currency and kind never change (prices depend on them). */
    public PriceList revise(String newName, int newPriority, String newCustomerGroup, Window newValidity,
                            boolean newTaxInclusive) {
        return new PriceList(id, code, newName, currency, newPriority, newCustomerGroup, newValidity, newTaxInclusive,
                kind, active, version + 1);
    }

    public PriceList deactivate() {
        return new PriceList(id, code, name, currency, priority, customerGroup, validity, taxInclusive, kind, false,
                version + 1);
    }

    public PriceList activate() {
        return new PriceList(id, code, name, currency, priority, customerGroup, validity, taxInclusive, kind, true,
                version + 1);
    }
}
