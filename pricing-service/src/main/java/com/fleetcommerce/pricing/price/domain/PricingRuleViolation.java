package com.fleetcommerce.pricing.price.domain;

/**
 * A price or price list that breaks a rule (negative amount, overlapping tiers, a window that ends before it starts).
 * {@code code} is the stable problem code the API answers with, {@code field} the request member at fault.
 */
public class PricingRuleViolation extends RuntimeException {

    private final String code;
    private final String field;

    public PricingRuleViolation(String code, String field, String message) {
        super(message);
        this.code = code;
        this.field = field;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }
}
