package com.fleetcommerce.pricing.tax.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Currency;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rounding rule against hand-computed examples: tax per line on unit x quantity, half-up once, currency scale.
 */
class LineTaxTest {

    @ParameterizedTest(name = "{0} {1} x {2} at {3}% inclusive={4} -> net {5} tax {6} gross {7}")
    @CsvSource({
            // VND, exclusive: 199,000 x 1 x 10% = 19,900 exactly
            "VND, 199000, 1, 10, false, 199000, 19900, 218900",
            // VND, exclusive: 12,345 x 3 = 37,035; x 8% = 2,962.8 -> 2,963 (half-up to whole dong)
            "VND, 12345, 3, 8, false, 37035, 2963, 39998",
            // VND, exclusive, exactly half: 12,345 x 1 x 10% = 1,234.5 -> 1,235 (half-up, not half-even)
            "VND, 12345, 1, 10, false, 12345, 1235, 13580",
            // VND, inclusive: 199,000 x 10/110 = 18,090.909... -> 18,091; net 180,909
            "VND, 199000, 1, 10, true, 180909, 18091, 199000",
            // VND, inclusive: 55,000 x 2 = 110,000; x 5/105 = 5,238.095... -> 5,238
            "VND, 55000, 2, 5, true, 104762, 5238, 110000",
            // VND, zero rate
            "VND, 30000, 4, 0, true, 120000, 0, 120000",
            // USD, exclusive: 19.99 x 3 = 59.97; x 10% = 5.997 -> 6.00
            "USD, 19.99, 3, 10, false, 59.97, 6.00, 65.97",
            // USD, exclusive, half cent: 0.05 x 1 x 10% = 0.005 -> 0.01
            "USD, 0.05, 1, 10, false, 0.05, 0.01, 0.06",
            // USD, inclusive: 10.00 x 8/108 = 0.7407... -> 0.74; net 9.26
            "USD, 10.00, 1, 8, true, 9.26, 0.74, 10.00",
            // USD, inclusive, line level: 0.99 x 7 = 6.93; x 10/110 = 0.63 exactly
            "USD, 0.99, 7, 10, true, 6.30, 0.63, 6.93",
            // line level vs unit level: 0.15 x 3 at 10% exclusive: per unit 0.015 -> 0.02 x 3 = 0.06, per line 0.045 -> 0.05
            "USD, 0.15, 3, 10, false, 0.45, 0.05, 0.50"
    })
    void matchesHandComputedExamples(String currency, BigDecimal unit, long quantity, BigDecimal rate,
                                     boolean inclusive, BigDecimal net, BigDecimal tax, BigDecimal gross) {
        LineAmounts amounts = LineTax.compute(unit, quantity, rate, inclusive, Currency.getInstance(currency));
        assertThat(amounts.net()).isEqualTo(net);
        assertThat(amounts.tax()).isEqualTo(tax);
        assertThat(amounts.gross()).isEqualTo(gross);
        assertThat(amounts.net().add(amounts.tax())).isEqualTo(amounts.gross());
    }
}
