package com.fleetcommerce.auth.account.application;

import com.fleetcommerce.shared.web.problem.BusinessRuleException;
import org.springframework.http.HttpStatus;

/** Confirming TOTP enrolment with a wrong code. */
class InvalidMfaCodeException extends BusinessRuleException {

    InvalidMfaCodeException() {
        super("invalid-mfa-code", HttpStatus.BAD_REQUEST, "The code is wrong or expired");
    }
}
