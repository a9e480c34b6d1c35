package com.fleetcommerce.catalog.product.domain;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fleetcommerce.shared.web.problem.InvalidValueException;

/**
 * One sellable variant of a product. The code is the fleet-wide key (warehouse stock, prices, order lines) and
 * never changes; options name what distinguishes it ({@code size=M}, {@code colour=white}).
 *
 * @param barcode      GTIN digits with a valid check digit, or null
 * @param weightGrams  packed weight, or null when not known yet
 * @param dimensions   packed size, or null when not known yet
 */
public record Sku(UUID id, String code, SortedMap<String, String> options, String barcode, Integer weightGrams,
                  Dimensions dimensions) {

    public static final String CODE_REGEX = "[A-Z0-9][A-Z0-9._-]{0,63}";
    public static final String OPTION_NAME_REGEX = "[a-z][a-z0-9_]{0,31}";
    public static final int MAX_OPTIONS = 10;
    public static final int MAX_OPTION_VALUE = 64;
    public static final int MAX_WEIGHT_GRAMS = 1_000_000;
    private static final Pattern CODE = Pattern.compile(CODE_REGEX);
    private static final Pattern OPTION_NAME = Pattern.compile(OPTION_NAME_REGEX);

    public Sku {
        Objects.requireNonNull(id, "id");
        if (code == null || !CODE.matcher(code).matches()) {
            throw new InvalidValueException("code", "must be 1-64 upper-case letters, digits, '.', '_' or '-'");
        }
        options = canonical(options);
        if (barcode != null && !Gtin.isValid(barcode)) {
            throw new InvalidValueException("barcode", "must be a GTIN (8, 12, 13 or 14 digits) with a valid check digit");
        }
        if (weightGrams != null && (weightGrams < 0 || weightGrams > MAX_WEIGHT_GRAMS)) {
            throw new InvalidValueException("weightGrams", "must be within [0, " + MAX_WEIGHT_GRAMS + "]");
        }
    }

    /** The same SKU (id and code kept) with new details. */
    public Sku revise(Map<String, String> newOptions, String newBarcode, Integer newWeightGrams,
                      Dimensions newDimensions) {
        return new Sku(id, code, newOptions == null ? null : new TreeMap<>(newOptions), newBarcode, newWeightGrams,
                newDimensions);
    }

    public static Sku of(UUID id, String code, Map<String, String> options, String barcode, Integer weightGrams,
                         Dimensions dimensions) {
        return new Sku(id, code, options == null ? null : new TreeMap<>(options), barcode, weightGrams, dimensions);
    }

    private static SortedMap<String, String> canonical(Map<String, String> options) {
        TreeMap<String, String> sorted = new TreeMap<>();
        if (options == null) {
            return Collections.unmodifiableSortedMap(sorted);
        }
        if (options.size() > MAX_OPTIONS) {
            throw new InvalidValueException("options", "must have at most " + MAX_OPTIONS + " entries");
        }
        options.forEach((name, value) -> {
            if (name == null || !OPTION_NAME.matcher(name).matches()) {
                throw new InvalidValueException("options", "names must match " + OPTION_NAME_REGEX);
            }
            if (value == null || value.isBlank() || value.strip().length() > MAX_OPTION_VALUE) {
                throw new InvalidValueException("options." + name, "must be 1-" + MAX_OPTION_VALUE + " characters");
            }
            sorted.put(name, value.strip());
        });
        return Collections.unmodifiableSortedMap(sorted);
    }
}
