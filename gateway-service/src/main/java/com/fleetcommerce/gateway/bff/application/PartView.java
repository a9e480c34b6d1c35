package com.fleetcommerce.gateway.bff.application;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.JsonNode;

/**
 * An optional part of a BFF answer: its data when it came, else why not.
 *
 * @param available whether {@code data} is the service's answer
 * @param data      the service's JSON, as it sent it
 * @param reason    {@code not-yet-available} (the service does not run in this fleet yet), {@code timeout} or
 *                  {@code unavailable} (an error or a failed answer)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PartView(boolean available, JsonNode data, String reason) {

    public static final String NOT_YET_AVAILABLE = "not-yet-available";
    public static final String TIMEOUT = "timeout";
    public static final String UNAVAILABLE = "unavailable";

    public static PartView of(JsonNode data) {
        return new PartView(true, data, null);
    }

    public static PartView missing(String reason) {
        return new PartView(false, null, reason);
    }
}
