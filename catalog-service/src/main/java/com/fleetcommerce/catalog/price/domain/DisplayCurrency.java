package com.fleetcommerce.catalog.price.domain;

import java.util.Currency;

/** The currency product pages and listings show prices in: an ISO 4217 code with a minor unit (not XAU, XXX...). */
public final class DisplayCurrency {

    public static final String DEFAULT = "VND";

    private DisplayCurrency() {
    }

    /** @return the code, or null when it is not a known currency a shop can price in */
    public static Currency parse(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return null;
        }
        try {
            Currency currency = Currency.getInstance(code);
            return currency.getDefaultFractionDigits() < 0 ? null : currency;
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
