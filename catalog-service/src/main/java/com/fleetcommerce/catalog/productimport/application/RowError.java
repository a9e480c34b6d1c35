package com.fleetcommerce.catalog.productimport.application;

/**
 * Why one row of an import was refused.
 *
 * @param index   the row's position in {@code products[]} (from 0)
 * @param field   the member of the row, as in a single create ({@code slug}, {@code skus[1].code},
 *                {@code attributes.material}); null for the row as a whole
 * @param reason  {@code invalid}, {@code duplicate-in-request}, {@code taken} (exists in the catalog),
 *                {@code unknown-reference}, or the code of the domain rule that refused it
 * @param message for people, naming the other row or the value when that helps
 */
public record RowError(int index, String field, String reason, String message) {

    public static final String INVALID = "invalid";
    public static final String DUPLICATE_IN_REQUEST = "duplicate-in-request";
    public static final String TAKEN = "taken";
    public static final String UNKNOWN_REFERENCE = "unknown-reference";
}
