package com.fleetcommerce.customer.segment.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * Everything a rule can test about one customer. {@code totalSpent} is in the base currency; {@code city} is the
 * default shipping address's city (or province); null when unknown. Deleted customers are in no dynamic segment.
 */
public record CustomerFacts(UUID customerId, boolean deleted, BigDecimal totalSpent, long orderCount,
                            Instant lastOrderAt, String city, Instant registeredAt, boolean marketingEmail,
                            boolean marketingSms, boolean marketingPush) {

    Object value(Attribute attribute) {
        return switch (attribute) {
            case TOTAL_SPENT -> totalSpent == null ? BigDecimal.ZERO : totalSpent;
            case ORDER_COUNT -> BigDecimal.valueOf(orderCount);
            case LAST_ORDER_DATE -> lastOrderAt;
            case CITY -> city;
            case REGISTRATION_DATE -> registeredAt;
            case MARKETING_EMAIL_CONSENT -> marketingEmail;
            case MARKETING_SMS_CONSENT -> marketingSms;
            case MARKETING_PUSH_CONSENT -> marketingPush;
        };
    }
}
