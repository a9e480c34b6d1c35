package com.fleetcommerce.shared.web.money;

import com.fleetcommerce.shared.web.problem.InvalidValueException;

/** An amount or currency that does not make valid {@link Money}; reaches a caller as 400 {@code validation-failed}. */
public class InvalidMoneyException extends InvalidValueException {

    public static final String AMOUNT = "amount";
    public static final String CURRENCY = "currency";

    public InvalidMoneyException(String part, String message) {
        super(part, message);
    }
}
