package com.fleetcommerce.pricing.price.domain;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.UUID;

/**
 * The effective unit price and why: the matched list, the level it matched at, the tier and the window in which this
 * match holds. {@code compareAt} is the sale's "was" price (null outside SALE lists).
 */
public record ResolvedPrice(String sku, Currency currency, BigDecimal unitAmount, BigDecimal compareAt,
                            boolean taxInclusive, String taxClass, UUID priceListId, String priceListCode,
                            PriceListKind kind, int priority, String customerGroup, MatchLevel level,
                            long tierMinQuantity, Window window) {

    /** One line for people: "list VND-SALE (priority 10), level SKU, tier from 1, valid [2026-01-01T00:00:00Z, -)". */
    public String explanation() {
        return "list " + priceListCode + " (priority " + priority
                + (customerGroup == null ? "" : ", customer group " + customerGroup) + "), level " + level
                + ", tier from " + tierMinQuantity + ", valid [" + (window.from() == null ? "-" : window.from())
                + ", " + (window.to() == null ? "-" : window.to()) + ")";
    }
}
