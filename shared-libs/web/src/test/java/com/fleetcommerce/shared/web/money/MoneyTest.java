package com.fleetcommerce.shared.web.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Currency;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    @ParameterizedTest
    @CsvSource({
            "199000, VND, 199000",
            "12.5, USD, 12.50",
            "12.500, USD, 12.50",
            "7, USD, 7.00",
            "1500, JPY, 1500",
            "1.5, BHD, 1.500",
            "0.125, BHD, 0.125",
            "1E+3, USD, 1000.00",
            "-4.1, USD, -4.10",
            "0.000, VND, 0" })
    void scaleIsFixedByTheCurrency(String amount, String currency, String expected) {
        Money money = Money.of(amount, currency);

        assertThat(money.amountText()).isEqualTo(expected);
        assertThat(money.amount().scale()).isEqualTo(Currency.getInstance(currency).getDefaultFractionDigits());
    }

    @ParameterizedTest
    @CsvSource({ "199000.5, VND", "12.345, USD", "1.1, JPY", "0.0001, BHD" })
    void amountsThatWouldNeedRoundingAreRefused(String amount, String currency) {
        assertThatThrownBy(() -> Money.of(amount, currency))
                .isInstanceOf(InvalidMoneyException.class)
                .hasMessageContaining("more decimal places than " + currency)
                .satisfies(ex -> assertThat(((InvalidMoneyException) ex).part()).isEqualTo("amount"));
    }

    @Test
    void roundingHappensOnlyWhenAskedForExplicitly() {
        assertThat(Money.rounded(new BigDecimal("12.345"), "USD", RoundingMode.HALF_EVEN).amountText())
                .isEqualTo("12.34");
        assertThat(Money.rounded(new BigDecimal("12.345"), "USD", RoundingMode.HALF_UP).amountText())
                .isEqualTo("12.35");
        assertThat(Money.rounded(new BigDecimal("199000.5"), "VND", RoundingMode.HALF_UP).amountText())
                .isEqualTo("199001");
    }

    @ParameterizedTest
    @CsvSource({ "abc, USD, amount", "'', USD, amount", "1.0.0, USD, amount", "10, usd, currency",
            "10, XYZ, currency", "10, US, currency", "10, XAU, currency" })
    void invalidInputIsRefusedNamingThePart(String amount, String currency, String part) {
        assertThatThrownBy(() -> Money.of(amount, currency))
                .isInstanceOf(InvalidMoneyException.class)
                .satisfies(ex -> assertThat(((InvalidMoneyException) ex).part()).isEqualTo(part));
    }

    @Test
    void absurdMagnitudesAreRefusedCheaply() {
        assertThatThrownBy(() -> Money.of("1E+999999999", "USD")).isInstanceOf(InvalidMoneyException.class);
        assertThatThrownBy(() -> Money.of(new BigDecimal("1E-999999999"), "USD")).isInstanceOf(InvalidMoneyException.class);
        assertThatThrownBy(() -> Money.of("1" + "0".repeat(80), "USD")).isInstanceOf(InvalidMoneyException.class);
        assertThat(Money.of("0E+999999999", "USD").isZero()).isTrue();
        assertThat(Money.of("999999999999999999.99", "USD").amountText()).isEqualTo("999999999999999999.99");
    }

    @Test
    void arithmeticStaysExact() {
        Money price = Money.of("0.10", "USD");

        Money total = price.plus(Money.of("0.20", "USD"));

        assertThat(total).isEqualTo(Money.of("0.30", "USD"));
        assertThat(price.times(3)).isEqualTo(Money.of("0.30", "USD"));
        assertThat(total.minus(Money.of("0.30", "USD")).isZero()).isTrue();
        assertThat(price.negate()).isEqualTo(Money.of("-0.10", "USD"));
        assertThat(price.negate().isNegative()).isTrue();
        assertThat(Money.of("199000", "VND").times(1_000_000).amountText()).isEqualTo("199000000000");
    }

    @Test
    void comparisonWithinACurrency() {
        Money small = Money.of("9.99", "USD");
        Money large = Money.of("10", "USD");

        assertThat(small.compareTo(large)).isNegative();
        assertThat(large.isGreaterThan(small)).isTrue();
        assertThat(small.isLessThan(large)).isTrue();
        assertThat(Money.of("10.0", "USD")).isEqualTo(large).hasSameHashCodeAs(large);
    }

    @Test
    void mixedCurrencyArithmeticAndComparisonAreRefused() {
        Money usd = Money.of("1.00", "USD");
        Money vnd = Money.of("1", "VND");

        assertThatThrownBy(() -> usd.plus(vnd)).isInstanceOf(CurrencyMismatchException.class)
                .hasMessageContaining("USD").hasMessageContaining("VND");
        assertThatThrownBy(() -> usd.minus(vnd)).isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> usd.compareTo(vnd)).isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> usd.isGreaterThan(vnd)).isInstanceOf(CurrencyMismatchException.class);
    }

    @Test
    void minorUnitsRoundTrip() {
        assertThat(Money.ofMinor(1250, "USD")).isEqualTo(Money.of("12.50", "USD"));
        assertThat(Money.of("12.50", "USD").toMinorUnits()).isEqualTo(1250);
        assertThat(Money.of("199000", "VND").toMinorUnits()).isEqualTo(199000);
        assertThat(Money.of("1.234", "BHD").toMinorUnits()).isEqualTo(1234);
    }

    @Test
    void nothingAcceptsADoubleOrFloat() {
        Stream<Parameter> constructorParameters = Arrays.stream(Money.class.getDeclaredConstructors())
                .map(Constructor::getParameters).flatMap(Arrays::stream);
        Stream<Parameter> methodParameters = Arrays.stream(Money.class.getDeclaredMethods())
                .map(Method::getParameters).flatMap(Arrays::stream);

        assertThat(Stream.concat(constructorParameters, methodParameters).map(Parameter::getType))
                .doesNotContain(double.class, Double.class, float.class, Float.class);
    }
}
