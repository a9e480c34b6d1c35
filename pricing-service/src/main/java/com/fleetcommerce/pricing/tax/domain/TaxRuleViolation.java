package com.fleetcommerce.pricing.tax.domain;

/** A tax class or rate that breaks a rule; {@code field} is the request member at fault. */
public class TaxRuleViolation extends RuntimeException {

    private final String field;

    public TaxRuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
