package com.fleetcommerce.pricing.tax.domain;

/** A class of goods taxed alike (STANDARD, REDUCED, ESSENTIAL, ZERO...); rates are per country and region. */
public record TaxClass(String code, String name) {

    public TaxClass {
        if (code == null || !code.matches("[A-Z0-9_]{1,32}")) {
            throw new TaxRuleViolation("code", "code must be 1-32 characters A-Z, 0-9 or '_'");
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new TaxRuleViolation("name", "name is required, at most 200 characters");
        }
    }
}
