package com.fleetcommerce.shared.web.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One entry of the {@code errors} list of a {@code validation-failed} problem. {@code field} is a JSON-style path
 * ({@code lines[2].quantity}); it is absent for errors about the request as a whole. {@code rejectedValue} is only
 * echoed for simple, non-sensitive values.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldViolation(String field, String message, Object rejectedValue) {

    public static FieldViolation of(String field, String message) {
        return new FieldViolation(field, message, null);
    }
}
