package com.fleetcommerce.catalog.attribute.domain;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/**
 * A checked attribute value of a product: a {@link String} (TEXT, ENUM), a {@link BigDecimal} in the attribute's
 * unit (NUMBER) or a {@link Boolean}.
 */
public record AttributeValue(UUID attributeId, String code, AttributeType type, Object value) {

    public AttributeValue {
        Objects.requireNonNull(attributeId, "attributeId");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        boolean fits = switch (type) {
            case TEXT, ENUM -> value instanceof String;
            case NUMBER -> value instanceof BigDecimal;
            case BOOLEAN -> value instanceof Boolean;
        };
        if (!fits) {
            throw new IllegalArgumentException("a " + type + " value cannot be " + value.getClass().getSimpleName());
        }
        if (value instanceof BigDecimal number) {
            value = canonical(number);
        }
    }

    /**
     * The value as one exact-match key, the same for equal values of any spelling ({@code 1.50} and {@code 1.5}):
     * what the listing filter compares.
     */
    public String key() {
        return key(value);
    }

    public static String key(Object value) {
        return value instanceof BigDecimal number ? canonical(number).toPlainString() : String.valueOf(value);
    }

    private static BigDecimal canonical(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
