package com.fleetcommerce.shared.web.problem;

import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Turns a failure to read a JSON body into field-level violations when the JSON was well-formed but a value was
 * wrong, so that the caller learns which field to fix. Jackson's own messages are never passed on: they name Java
 * classes and parser internals.
 */
final class JsonReadErrors {

    private JsonReadErrors() {
    }

    /** The violations, or an empty list when the body was not well-formed JSON (or not JSON at all). */
    static List<FieldViolation> violations(Throwable failure) {
        JacksonException jackson = Causes.find(failure, JacksonException.class);
        InvalidValueException invalid = Causes.find(failure, InvalidValueException.class);
        if (jackson == null) {
            return invalid == null ? List.of() : List.of(violation(null, invalid));
        }
        boolean valueProblem = jackson instanceof DatabindException || jackson instanceof InputCoercionException
                || invalid != null;
        if (!valueProblem || isSyntaxProblem(jackson)) {
            return List.of();
        }
        String path = pathOf(jackson);
        if (invalid != null) {
            return List.of(violation(path, invalid));
        }
        return List.of(new FieldViolation(path, messageFor(jackson), rejected(path, jackson)));
    }

    private static boolean isSyntaxProblem(JacksonException jackson) {
        return jackson instanceof StreamReadException && !(jackson instanceof InputCoercionException);
    }

    private static FieldViolation violation(String path, InvalidValueException invalid) {
        String field = path;
        if (invalid.part() != null) {
            field = path == null ? invalid.part() : path + "." + invalid.part();
        }
        return FieldViolation.of(field, invalid.getMessage());
    }

    private static String messageFor(JacksonException ex) {
        if (ex instanceof PropertyBindingException) {
            return "is not a known property";
        }
        if (ex instanceof InvalidNullException) {
            return "must not be null";
        }
        if (ex instanceof InvalidFormatException format) {
            return TypeDescriptions.mustBe(format.getTargetType());
        }
        if (ex instanceof MismatchedInputException mismatch) {
            return TypeDescriptions.mustBe(mismatch.getTargetType());
        }
        if (ex instanceof InputCoercionException) {
            return "is out of range";
        }
        if (ex instanceof ValueInstantiationException instantiation
                && instantiation.getCause() instanceof IllegalArgumentException argument
                && argument.getMessage() != null) {
            // a record's compact constructor refused the value: its message was written for this purpose
            return argument.getMessage();
        }
        return "has an invalid value";
    }

    private static Object rejected(String path, JacksonException ex) {
        return ex instanceof InvalidFormatException format ? RejectedValues.displayable(path, format.getValue()) : null;
    }

    /** {@code lines[2].quantity}; null for the body as a whole. */
    static String pathOf(JacksonException ex) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : ex.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            }
            else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }
}
