package com.fleetcommerce.auth.account.domain;

/** A domain rule refused a change; {@code code} is the problem code the API answers with (422). */
public class AccountRuleViolation extends RuntimeException {

    private final String code;

    public AccountRuleViolation(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
