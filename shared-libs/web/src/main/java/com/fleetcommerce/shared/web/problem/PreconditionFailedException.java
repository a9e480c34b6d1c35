package com.fleetcommerce.shared.web.problem;

import java.util.Map;

import org.springframework.http.HttpStatus;

/** {@code If-Match} names a version that is not the current one: 412 {@code precondition-failed}. */
public class PreconditionFailedException extends ProblemException {

    public PreconditionFailedException(String detail, Map<String, ?> properties) {
        super(ProblemCodes.PRECONDITION_FAILED, HttpStatus.PRECONDITION_FAILED, detail, properties, null);
    }
}
