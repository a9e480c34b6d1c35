package com.fleetcommerce.customer.segment.domain;

import java.util.Arrays;
import java.util.Optional;

/** The customer facts a dynamic segment's rules can test, with their names in the rule language. */
public enum Attribute {
    TOTAL_SPENT("totalSpent", ValueType.NUMBER),
    ORDER_COUNT("orderCount", ValueType.NUMBER),
    LAST_ORDER_DATE("lastOrderDate", ValueType.DATE),
    CITY("city", ValueType.TEXT),
    REGISTRATION_DATE("registrationDate", ValueType.DATE),
    MARKETING_EMAIL_CONSENT("marketingEmailConsent", ValueType.BOOLEAN),
    MARKETING_SMS_CONSENT("marketingSmsConsent", ValueType.BOOLEAN),
    MARKETING_PUSH_CONSENT("marketingPushConsent", ValueType.BOOLEAN);

    private final String ruleName;
    private final ValueType type;

    Attribute(String ruleName, ValueType type) {
        this.ruleName = ruleName;
        this.type = type;
    }

    public String ruleName() {
        return ruleName;
    }

    public ValueType type() {
        return type;
    }

    public static Optional<Attribute> byRuleName(String name) {
        return Arrays.stream(values()).filter(a -> a.ruleName.equals(name)).findFirst();
    }
}
