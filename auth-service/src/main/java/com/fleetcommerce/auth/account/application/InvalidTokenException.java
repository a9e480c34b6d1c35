package com.fleetcommerce.auth.account.application;

import com.fleetcommerce.shared.web.problem.BusinessRuleException;
import org.springframework.http.HttpStatus;

/** A reset, verification or MFA token that is unknown, used or expired. */
class InvalidTokenException extends BusinessRuleException {

    InvalidTokenException() {
        super("invalid-token", HttpStatus.BAD_REQUEST, "The token is invalid, used or expired");
    }
}
