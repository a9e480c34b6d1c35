package com.fleetcommerce.catalog.price.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.Objects;
import java.util.UUID;

/**
 * The effective price pricing-service last reported for one (SKU, warehouse, currency): what a storefront shows for
 * quantity 1, no customer group. {@code warehouseId} null = every warehouse without a price of its own.
 * {@code available} false = no price applies any more ({@code amount} and {@code compareAt} null); it is kept, with
 * its version, so an older event can never bring the withdrawn price back. Amounts are kept at the currency's
 * scale ({@code 12.00} USD however it was written; a finer amount is refused) and {@code changedAt} to the
 * microsecond, as both stores hold them.
 */
public record SkuPrice(String sku, UUID warehouseId, String currency, boolean available, BigDecimal amount,
                       BigDecimal compareAt, boolean taxInclusive, String priceList, long version,
                       Instant changedAt) {

    public SkuPrice {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(changedAt, "changedAt");
        if (sku.isBlank() || sku.length() > 64 || sku.contains("|")) {
            throw new IllegalArgumentException("sku must be 1-64 characters without '|'");
        }
        if (!currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code");
        }
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();    // unknown: IllegalArgument
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative");
        }
        if (available && amount == null) {
            throw new IllegalArgumentException("an available price needs an amount");
        }
        if (!available) {
            amount = null;
            compareAt = null;
        }
        if (amount != null && amount.signum() < 0 || compareAt != null && compareAt.signum() < 0) {
            throw new IllegalArgumentException("amounts must not be negative");
        }
        amount = scaled(amount, digits);
        compareAt = scaled(compareAt, digits);
        changedAt = changedAt.truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * At the currency's scale. A finer amount, or one too large for the platform's Money (18 integer digits), is
     * refused rather than rounded: every stored price must be shown as Money later.
     */
    private static BigDecimal scaled(BigDecimal amount, int digits) {
        if (amount == null) {
            return null;
        }
        if (digits < 0 || amount.stripTrailingZeros().scale() > digits) {
            throw new IllegalArgumentException("amount " + amount + " is not in the currency's minor unit");
        }
        if (amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
            throw new IllegalArgumentException("amount " + amount + " is too large");
        }
        return amount.setScale(digits, RoundingMode.UNNECESSARY);
    }

    /** as the platform's Money allows */
    static final int MAX_INTEGER_DIGITS = 18;

    /** Whether this is the price for every warehouse (the one product pages and listings show). */
    public boolean allWarehouses() {
        return warehouseId == null;
    }
}
