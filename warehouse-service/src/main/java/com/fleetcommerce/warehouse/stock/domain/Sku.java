package com.fleetcommerce.warehouse.stock.domain;

import java.util.regex.Pattern;

/** The SKU code format the warehouse accepts: upper-case letters, digits, dot, dash and underscore, 1-64 long. */
public final class Sku {

    public static final String REGEX = "[A-Z0-9][A-Z0-9._-]{0,63}";
    private static final Pattern PATTERN = Pattern.compile(REGEX);

    private Sku() {
    }

    public static boolean isValid(String sku) {
        return sku != null && PATTERN.matcher(sku).matches();
    }

    public static String require(String sku) {
        if (!isValid(sku)) {
            throw new IllegalArgumentException("sku must match " + REGEX);
        }
        return sku;
    }
}
