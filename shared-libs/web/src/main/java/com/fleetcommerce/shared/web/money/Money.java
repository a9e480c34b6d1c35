package com.fleetcommerce.shared.web.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of one currency, exact: {@code BigDecimal} inside, scaled to the currency's minor unit (VND 0, JPY 0,
 * USD 2, BHD 3). Nothing here takes a {@code double}, and nothing rounds unless the caller asks for it with
 * {@link #rounded}: an amount with more decimals than the currency has is refused. Arithmetic never mixes currencies.
 *
 * <p>JSON form (with {@link MoneyJacksonModule}): {@code {"amount": "12.50", "currency": "USD"}}.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    /** Enough for any real price or total (a quintillion in any currency), small enough to refuse absurd input cheaply. */
    static final int MAX_INTEGER_DIGITS = 18;
    private static final int MAX_INPUT_SCALE = 30;
    private static final int MAX_INPUT_LENGTH = 64;

    public Money {
        if (amount == null) {
            throw new InvalidMoneyException(InvalidMoneyException.AMOUNT, "amount is required");
        }
        if (currency == null) {
            throw new InvalidMoneyException(InvalidMoneyException.CURRENCY, "currency is required");
        }
        int digits = fractionDigits(currency);
        amount = scaled(amount, currency, digits);
    }

    public static Money of(String amount, String currencyCode) {
        return new Money(parseAmount(amount), currency(currencyCode));
    }

    public static Money of(BigDecimal amount, String currencyCode) {
        return new Money(amount, currency(currencyCode));
    }

    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    /** From minor units (cents, fils), the form payment providers use. */
    public static Money ofMinor(long minorUnits, String currencyCode) {
        Currency currency = currency(currencyCode);
        return new Money(BigDecimal.valueOf(minorUnits, fractionDigits(currency)), currency);
    }

    public static Money zero(String currencyCode) {
        return new Money(BigDecimal.ZERO, currency(currencyCode));
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** The only way to get Money from an amount with too many decimals (tax, proration): rounding is explicit. */
    public static Money rounded(BigDecimal amount, String currencyCode, RoundingMode mode) {
        return rounded(amount, currency(currencyCode), mode);
    }

    public static Money rounded(BigDecimal amount, Currency currency, RoundingMode mode) {
        Objects.requireNonNull(mode, "rounding mode");
        if (amount == null || currency == null) {
            return new Money(amount, currency);
        }
        int digits = fractionDigits(currency);
        checkMagnitude(amount);
        return new Money(amount.setScale(digits, mode), currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    public Money times(long quantity) {
        return new Money(amount.multiply(BigDecimal.valueOf(quantity)), currency);
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /** Orders amounts of the same currency; comparing across currencies throws {@link CurrencyMismatchException}. */
    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    public String currencyCode() {
        return currency.getCurrencyCode();
    }

    /** The amount in minor units (cents): exact by construction. */
    public long toMinorUnits() {
        return amount.movePointRight(currency.getDefaultFractionDigits()).longValueExact();
    }

    /** The amount as JSON carries it: plain notation, never an exponent ({@code "1000.00"}, not {@code "1E+3"}). */
    public String amountText() {
        return amount.toPlainString();
    }

    @Override
    public String toString() {
        return amountText() + " " + currencyCode();
    }

    private void requireSameCurrency(Money other) {
        Objects.requireNonNull(other, "other");
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(currency, other.currency);
        }
    }

    private static BigDecimal scaled(BigDecimal amount, Currency currency, int digits) {
        if (amount.signum() == 0) {
            return BigDecimal.ZERO.setScale(digits);
        }
        checkMagnitude(amount);
        if (amount.scale() > MAX_INPUT_SCALE) {
            throw tooManyDecimals(amount, currency, digits);
        }
        try {
            return amount.setScale(digits, RoundingMode.UNNECESSARY);
        }
        catch (ArithmeticException ex) {
            throw tooManyDecimals(amount, currency, digits);
        }
    }

    /** Checked before any scaling: scaling 1E+999999999 would allocate a billion digits. */
    private static void checkMagnitude(BigDecimal amount) {
        if (amount.signum() != 0 && amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
            throw new InvalidMoneyException(InvalidMoneyException.AMOUNT,
                    "amount must have at most " + MAX_INTEGER_DIGITS + " digits before the decimal point");
        }
    }

    private static InvalidMoneyException tooManyDecimals(BigDecimal amount, Currency currency, int digits) {
        return new InvalidMoneyException(InvalidMoneyException.AMOUNT, "amount has more decimal places than "
                + currency.getCurrencyCode() + " allows (" + digits + ")");
    }

    private static int fractionDigits(Currency currency) {
        int digits = currency.getDefaultFractionDigits();
        if (digits < 0) {
            // XAU, XDR, XXX...: no minor unit, not money a shop can charge
            throw new InvalidMoneyException(InvalidMoneyException.CURRENCY,
                    "currency " + currency.getCurrencyCode() + " is not supported");
        }
        return digits;
    }

    private static BigDecimal parseAmount(String amount) {
        if (amount == null || amount.isBlank()) {
            throw new InvalidMoneyException(InvalidMoneyException.AMOUNT, "amount is required");
        }
        if (amount.length() > MAX_INPUT_LENGTH) {
            throw new InvalidMoneyException(InvalidMoneyException.AMOUNT, "amount is too long");
        }
        try {
            return new BigDecimal(amount);
        }
        catch (NumberFormatException ex) {
            throw new InvalidMoneyException(InvalidMoneyException.AMOUNT, "amount must be a decimal number such as \"12.50\"");
        }
    }

    private static Currency currency(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            throw new InvalidMoneyException(InvalidMoneyException.CURRENCY,
                    "currency must be an ISO 4217 code such as \"USD\"");
        }
        try {
            return Currency.getInstance(code);
        }
        catch (IllegalArgumentException ex) {
            throw new InvalidMoneyException(InvalidMoneyException.CURRENCY, "currency " + code + " is not known");
        }
    }
}
