package com.fleetcommerce.shared.web.problem;

import java.time.temporal.Temporal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Decides whether a rejected input may be echoed back, and in what form. */
final class RejectedValues {

    private static final int MAX_LENGTH = 200;
    private static final List<String> SENSITIVE = List.of("password", "secret", "token", "cvv", "cvc", "cardnumber",
            "iban", "apikey", "credential", "otp");

    private RejectedValues() {
    }

    /** The value to show, or null to leave it out (complex, sensitive or absent). */
    static Object displayable(String field, Object value) {
        if (value == null || isSensitive(field)) {
            return null;
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof CharSequence || value instanceof Character || value instanceof Enum<?>
                || value instanceof UUID || value instanceof Temporal) {
            String text = value.toString();
            return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) + "..." : text;
        }
        return null;
    }

    static boolean isSensitive(String field) {
        if (field == null) {
            return false;
        }
        String name = field.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
        return SENSITIVE.stream().anyMatch(name::contains);
    }
}
