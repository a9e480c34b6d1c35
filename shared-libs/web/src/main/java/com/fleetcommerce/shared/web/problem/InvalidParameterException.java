package com.fleetcommerce.shared.web.problem;

import java.util.List;

import org.springframework.http.HttpStatus;

/** A request parameter checked by code (not by bean validation) is invalid: 400 {@code validation-failed}. */
public class InvalidParameterException extends ProblemException {

    private final List<FieldViolation> violations;

    public InvalidParameterException(String field, String message, Object rejectedValue) {
        super(ProblemCodes.VALIDATION_FAILED, HttpStatus.BAD_REQUEST, "Parameter '" + field + "' " + message + ".");
        this.violations = List.of(new FieldViolation(field, message, rejectedValue));
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
