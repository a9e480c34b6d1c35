package com.fleetcommerce.auth.account.application;

import com.fleetcommerce.shared.web.problem.BusinessRuleException;
import org.springframework.http.HttpStatus;

/** An authenticated user confirming an action with a wrong password (a 400, not a 401: the session itself is fine). */
class WrongPasswordException extends BusinessRuleException {

    WrongPasswordException() {
        super("wrong-password", HttpStatus.BAD_REQUEST, "The current password is wrong");
    }
}
