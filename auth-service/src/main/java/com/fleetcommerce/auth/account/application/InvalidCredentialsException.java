package com.fleetcommerce.auth.account.application;

import com.fleetcommerce.shared.web.problem.BusinessRuleException;
import org.springframework.http.HttpStatus;

/** One answer for every failed login (unknown email, wrong password, locked or disabled account, wrong code), so the answer never tells which. */
class InvalidCredentialsException extends BusinessRuleException {

    InvalidCredentialsException() {
        super("invalid-credentials", HttpStatus.UNAUTHORIZED, "The email address or password is wrong");
    }
}
