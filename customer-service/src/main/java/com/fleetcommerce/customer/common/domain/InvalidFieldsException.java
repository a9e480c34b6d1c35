package com.fleetcommerce.customer.common.domain;

import java.util.List;

/**
 * A domain rule rejected one or more fields of the caller's input. Thrown before anything is stored; the web layer
 * answers it with a 400 {@code validation-failed} problem that names every field, not only the first.
 */
public class InvalidFieldsException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidFieldsException(List<FieldError> errors) {
        super(errors.isEmpty() ? "invalid input" : errors.getFirst().field() + " " + errors.getFirst().message());
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("at least one field error");
        }
        this.errors = List.copyOf(errors);
    }

    public static InvalidFieldsException of(String field, String message) {
        return new InvalidFieldsException(List.of(new FieldError(field, message)));
    }

    /** Throws when {@code errors} is not empty. */
    public static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
    }

    public List<FieldError> errors() {
        return errors;
    }
}
