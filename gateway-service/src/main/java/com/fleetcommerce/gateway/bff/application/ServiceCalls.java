package com.fleetcommerce.gateway.bff.application;

import java.time.Duration;

import reactor.core.publisher.Mono;

/** Calls to the services behind the gateway, by service name, with the caller's token and request id. */
public interface ServiceCalls {

    /** Whether discovery knows any instance of the service: a service that does not run yet is not an outage. */
    Mono<Boolean> isRegistered(String service);

    /** {@code GET path} on the service; errors on connection failure or after {@code timeout}. */
    Mono<UpstreamResponse> get(String service, String path, Caller caller, Duration timeout);
}
