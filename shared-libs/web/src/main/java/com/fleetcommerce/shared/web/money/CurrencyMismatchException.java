package com.fleetcommerce.shared.web.money;

import java.util.Currency;
import java.util.List;
import java.util.Map;

import com.fleetcommerce.shared.web.problem.ProblemCodes;
import com.fleetcommerce.shared.web.problem.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * Arithmetic or comparison across two currencies. There is no implicit conversion; when it reaches a caller it is a
 * 422 {@code currency-mismatch} (a request mixing currencies), not a 500.
 */
public class CurrencyMismatchException extends ProblemException {

    public CurrencyMismatchException(Currency left, Currency right) {
        super(ProblemCodes.CURRENCY_MISMATCH, HttpStatus.UNPROCESSABLE_CONTENT,
                "Amounts in " + left.getCurrencyCode() + " and " + right.getCurrencyCode() + " cannot be combined.",
                Map.of("currencies", List.of(left.getCurrencyCode(), right.getCurrencyCode())), null);
    }
}
