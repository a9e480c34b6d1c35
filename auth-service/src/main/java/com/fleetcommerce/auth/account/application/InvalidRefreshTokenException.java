package com.fleetcommerce.auth.account.application;

import com.fleetcommerce.shared.web.problem.BusinessRuleException;
import org.springframework.http.HttpStatus;

/** A refresh token that is unknown, expired, of an ended session, or reused. */
class InvalidRefreshTokenException extends BusinessRuleException {

    InvalidRefreshTokenException() {
        super("invalid-refresh-token", HttpStatus.UNAUTHORIZED, "The refresh token is invalid, expired or revoked; log in again");
    }
}
