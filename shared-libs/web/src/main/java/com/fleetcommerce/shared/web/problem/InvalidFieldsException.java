package com.fleetcommerce.shared.web.problem;

import java.util.List;

/**
 * A domain rule rejected one or more fields of the caller's input, all named at once (not only the first). Thrown
 * before anything is stored; {@link PlatformExceptionHandler} answers it with a 400 {@code validation-failed}
 * problem listing every field.
 */
public class InvalidFieldsException extends RuntimeException {

    private final List<FieldViolation> errors;

    public InvalidFieldsException(List<FieldViolation> errors) {
        super(errors.isEmpty() ? "invalid input" : errors.getFirst().field() + " " + errors.getFirst().message());
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("at least one field error");
        }
        this.errors = List.copyOf(errors);
    }

    public static InvalidFieldsException of(String field, String message) {
        return new InvalidFieldsException(List.of(FieldViolation.of(field, message)));
    }

    /** Throws when {@code errors} is not empty. */
    public static void throwIfAny(List<FieldViolation> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
    }

    public List<FieldViolation> errors() {
        return errors;
    }
}
