package com.fleetcommerce.shared.web.problem;

import org.springframework.http.HttpStatus;

/** An update that must be conditional came without {@code If-Match}: 428 {@code precondition-required}. */
public class PreconditionRequiredException extends ProblemException {

    public PreconditionRequiredException(String detail) {
        super(ProblemCodes.PRECONDITION_REQUIRED, HttpStatus.PRECONDITION_REQUIRED, detail);
    }
}
