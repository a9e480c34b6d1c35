package com.fleetcommerce.auth.account.application;

import com.fleetcommerce.shared.web.problem.BusinessRuleException;
import org.springframework.http.HttpStatus;

/** The new password breaks the policy (too short, too long, common, equal to the email). */
class WeakPasswordException extends BusinessRuleException {

    WeakPasswordException(String detail) {
        super("weak-password", HttpStatus.BAD_REQUEST, detail);
    }
}
