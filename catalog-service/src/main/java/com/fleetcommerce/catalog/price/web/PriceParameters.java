package com.fleetcommerce.catalog.price.web;

import java.math.BigDecimal;
import java.util.Currency;

import com.fleetcommerce.catalog.price.domain.DisplayCurrency;
import com.fleetcommerce.shared.web.money.InvalidMoneyException;
import com.fleetcommerce.shared.web.money.Money;
import com.fleetcommerce.shared.web.problem.InvalidParameterException;

/** The price request parameters of product pages and listings, checked here so every endpoint refuses alike. */
public final class PriceParameters {

    private PriceParameters() {
    }

    /** {@code currency}: an ISO 4217 code (default VND); anything else is a 400 on {@code currency}. */
    public static String currency(String code) {
        if (code == null || code.isBlank()) {
            return DisplayCurrency.DEFAULT;
        }
        Currency currency = DisplayCurrency.parse(code.strip());
        if (currency == null) {
            throw new InvalidParameterException("currency", "must be an ISO 4217 currency code such as VND", code);
        }
        return currency.getCurrencyCode();
    }

    /**
     * A price bound ({@code minPrice}, {@code maxPrice}): a plain non-negative decimal in the currency's scale
     * ({@code 199000} VND, {@code 19.99} USD), or null when absent.
     */
    public static BigDecimal amount(String name, String value, String currency) {
        if (value == null) {
            return null;
        }
        BigDecimal amount;
        try {
            amount = Money.of(value.strip(), currency).amount();
        } catch (InvalidMoneyException e) {
            throw new InvalidParameterException(name, "must be an amount in " + currency + " (" + e.getMessage()
                    + ")", value);
        }
        if (amount.signum() < 0) {
            throw new InvalidParameterException(name, "must not be negative", value);
        }
        return amount;
    }
}
