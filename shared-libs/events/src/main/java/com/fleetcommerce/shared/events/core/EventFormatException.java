package com.fleetcommerce.shared.events.core;

/**
 * A record that can never be processed as the expected event: missing or malformed CloudEvents headers, a payload that
 * is not valid JSON or does not fit the contract, or an unexpected {@code ce_type}. The consumer error handler sends it
 * straight to the dead-letter topic instead of retrying.
 */
public class EventFormatException extends RuntimeException {

    public EventFormatException(String message) {
        super(message);
    }

    public EventFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
