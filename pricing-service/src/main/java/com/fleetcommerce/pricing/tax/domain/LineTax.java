package com.fleetcommerce.pricing.tax.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * The platform's one tax rounding rule: tax is computed per LINE on the line amount (unit price x quantity, exact)
 * and rounded ONCE, half-up, to the currency's scale (VND 0 decimals, USD 2). Totals are plain sums of the rounded
 * lines, never rounded again.
 * <ul>
 *   <li>exclusive amounts: {@code tax = round(line x rate / 100)}, {@code gross = line + tax};</li>
 *   <li>inclusive amounts: {@code tax = round(line x rate / (100 + rate))}, {@code net = line - tax},
 *       {@code gross = line} (the shelf price is what the customer pays, to the unit).</li>
 * </ul>
 * Line level, not unit level, because rounding each unit's tax and multiplying drifts by up to quantity/2 minor
 * units; not order level, because a line's tax must stay the same when other lines are added or refunded.
 */
public final class LineTax {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private LineTax() {
    }

    public static LineAmounts compute(BigDecimal unitAmount, long quantity, BigDecimal ratePercent,
                                      boolean taxInclusive, Currency currency) {
        int scale = currency.getDefaultFractionDigits();
        BigDecimal line = unitAmount.multiply(BigDecimal.valueOf(quantity)).setScale(scale, RoundingMode.UNNECESSARY);
        if (taxInclusive) {
            // divide(divisor, scale, mode) rounds the exact quotient: no intermediate rounding to round twice
            BigDecimal tax = line.multiply(ratePercent).divide(HUNDRED.add(ratePercent), scale, RoundingMode.HALF_UP);
            return new LineAmounts(line.subtract(tax), tax, line);
        }
        BigDecimal tax = line.multiply(ratePercent).divide(HUNDRED, scale, RoundingMode.HALF_UP);
        return new LineAmounts(line, tax, line.add(tax));
    }
}
