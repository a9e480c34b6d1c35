package com.fleetcommerce.pricing.price.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Currency;
import java.util.UUID;

/**
 * A percentage or fixed adjustment of the prices of one base list for a set of products, within a window
 * ([from, to)), e.g. 10 % off one brand for a weekend. It applies after the base price is resolved, only when the
 * matched price comes from its base list. Built through {@link #of}, which checks every rule.
 */
public record PriceRule(UUID id, String code, String name, UUID baseListId, Currency currency, AdjustmentKind kind,
                        BigDecimal value, RuleTarget target, Window validity, boolean active, long version) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public PriceRule {
        validity = validity == null ? Window.ALWAYS : validity;
    }

    public static PriceRule of(UUID id, String code, String name, PriceList baseList, AdjustmentKind kind,
                               BigDecimal value, RuleTarget target, Window validity, boolean active, long version) {
        if (code == null || !code.matches("[A-Z0-9][A-Z0-9._-]{0,63}")) {
            throw new PricingRuleViolation("invalid-code", "code",
                    "code must be 1-64 characters A-Z, 0-9, '.', '_' or '-', starting with a letter or digit");
        }
        if (kind == null) {
            throw new PricingRuleViolation("invalid-adjustment", "kind", "kind is PERCENTAGE or FIXED");
        }
        BigDecimal checked;
        if (kind == AdjustmentKind.PERCENTAGE) {
            if (value == null || value.signum() <= 0 || value.compareTo(HUNDRED) > 0) {
                throw new PricingRuleViolation("invalid-percentage", "percentage",
                        "percentage must be above 0 and at most 100");
            }
            if (value.stripTrailingZeros().scale() > 4) {
                throw new PricingRuleViolation("invalid-percentage", "percentage", "at most 4 decimals");
            }
            checked = value;
        } else {
            checked = Amounts.check(value, baseList.currency(), "amount");
        }
        if (target == null) {
            throw new PricingRuleViolation("empty-target", "target", "target is required");
        }
        return new PriceRule(id, code, name, baseList.id(), baseList.currency(), kind, checked, target, validity,
                active, version);
    }

    public boolean appliesTo(UUID matchedListId, ProductFacts product, Instant at) {
        return active && baseListId.equals(matchedListId) && validity.contains(at) && target.matches(product);
    }

    /** The adjusted unit amount: never below zero, rounded half-up to the currency's scale. */
    public BigDecimal adjust(BigDecimal amount) {
        int scale = currency.getDefaultFractionDigits();
        BigDecimal adjusted = kind == AdjustmentKind.PERCENTAGE
                ? amount.subtract(amount.multiply(value).movePointLeft(2))   // exact; rounded once below
                : amount.subtract(value);
        return adjusted.max(BigDecimal.ZERO).setScale(scale, RoundingMode.HALF_UP);
    }

    public PriceRule revise(String newName, AdjustmentKind newKind, BigDecimal newValue, RuleTarget newTarget,
                            Window newValidity, PriceList baseList) {
        return of(id, code, newName, baseList, newKind, newValue, newTarget, newValidity, active, version + 1);
    }

    public PriceRule withActive(boolean newActive) {
        return new PriceRule(id, code, name, baseListId, currency, kind, value, target, validity, newActive,
                version + 1);
    }
}
