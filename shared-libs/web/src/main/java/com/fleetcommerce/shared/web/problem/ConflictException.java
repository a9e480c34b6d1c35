package com.fleetcommerce.shared.web.problem;

import java.util.Map;

import org.springframework.http.HttpStatus;

/** The request conflicts with the current state of the resource (typically a stale version): 409 {@code conflict}. */
public class ConflictException extends ProblemException {

    public ConflictException(String detail) {
        super(ProblemCodes.CONFLICT, HttpStatus.CONFLICT, detail);
    }

    public ConflictException(String detail, Throwable cause) {
        super(ProblemCodes.CONFLICT, HttpStatus.CONFLICT, detail, Map.of(), cause);
    }

    /** A conflict with a more specific code of the service's own, still answered with 409. */
    public ConflictException(String code, String detail, Map<String, ?> properties) {
        super(code, HttpStatus.CONFLICT, detail, properties, null);
    }
}
