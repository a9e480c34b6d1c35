package com.fleetcommerce.shared.events.autoconfigure;

/** The CloudEvents {@code source} of this service's events, e.g. {@code /warehouse-service}. */
public record EventSource(String value) {

    public EventSource {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("event source must not be blank");
        }
    }
}
