package com.fleetcommerce.shared.web.problem;

/**
 * A value from the caller that cannot be accepted, with a message written for the caller. Thrown from value types
 * and JSON deserialisers; wherever it surfaces it becomes a 400 {@code validation-failed} problem, never a 500.
 */
public class InvalidValueException extends IllegalArgumentException {

    private final String part;

    /** @param part the member of the value that is wrong ({@code amount}, {@code currency}), or null */
    public InvalidValueException(String part, String message) {
        super(message);
        this.part = part;
    }

    public String part() {
        return part;
    }
}
