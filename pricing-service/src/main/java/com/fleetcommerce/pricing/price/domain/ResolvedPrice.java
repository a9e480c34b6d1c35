package com.fleetcommerce.pricing.price.domain;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.UUID;

/**
 * The effective unit price and why: the matched list, the level it matched at, the tier and the window in which this
 * match holds. {@code compareAt} is the sale's "was" price (null outside SALE lists), or the base price when a
 * {@link PriceRule} adjusted it ({@code rule}, null when none applied).
 */
public record ResolvedPrice(String sku, Currency currency, BigDecimal unitAmount, BigDecimal compareAt,
                            boolean taxInclusive, String taxClass, UUID priceListId, String priceListCode,
                            PriceListKind kind, int priority, String customerGroup, MatchLevel level,
                            long tierMinQuantity, Window window, AppliedRule rule) {

    public ResolvedPrice(String sku, Currency currency, BigDecimal unitAmount, BigDecimal compareAt,
                         boolean taxInclusive, String taxClass, UUID priceListId, String priceListCode,
                         PriceListKind kind, int priority, String customerGroup, MatchLevel level,
                         long tierMinQuantity, Window window) {
        this(sku, currency, unitAmount, compareAt, taxInclusive, taxClass, priceListId, priceListCode, kind, priority,
                customerGroup, level, tierMinQuantity, window, null);
    }

    /** This price adjusted by a rule: the rule's amount, the original as compare-at unless there is one already. */
    public ResolvedPrice adjustedBy(PriceRule applied) {
        BigDecimal adjusted = applied.adjust(unitAmount);
        return new ResolvedPrice(sku, currency, adjusted, compareAt != null ? compareAt : unitAmount, taxInclusive,
                taxClass, priceListId, priceListCode, kind, priority, customerGroup, level, tierMinQuantity,
                window.intersect(applied.validity()),
                new AppliedRule(applied.id(), applied.code(), applied.kind(), applied.value(), unitAmount));
    }

    /** One line for people: "list VND-SALE (priority 10), level SKU, tier from 1, valid [2026-01-01T00:00:00Z, -)". */
    public String explanation() {
        return "list " + priceListCode + " (priority " + priority
                + (customerGroup == null ? "" : ", customer group " + customerGroup) + "), level " + level
                + ", tier from " + tierMinQuantity
                + (rule == null ? "" : ", rule " + rule.code() + " (" + rule.kind() + " " + rule.value().toPlainString()
                        + " off " + rule.baseAmount().toPlainString() + ")")
                + ", valid [" + (window.from() == null ? "-" : window.from())
                + ", " + (window.to() == null ? "-" : window.to()) + ")";
    }
}
