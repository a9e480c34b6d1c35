package com.fleetcommerce.gateway.bff.application;

/**
 * A service's answer as received.
 *
 * @param status      HTTP status
 * @param body        the body as text ("" when none)
 * @param contentType its Content-Type, or null
 */
public record UpstreamResponse(int status, String body, String contentType) {

    public boolean ok() {
        return status >= 200 && status < 300;
    }
}
