package com.fleetcommerce.gateway.bff.application;

/**
 * What the BFF passes on to the services it calls for a request: the caller's own token (unchanged: the services
 * decide what it may see) and the request id.
 *
 * @param authorization the incoming {@code Authorization} header, or null
 * @param requestId     the request's {@code X-Request-Id}
 */
public record Caller(String authorization, String requestId) {
}
