package com.fleetcommerce.gateway.bff.persistence;

import java.time.Duration;

import com.fleetcommerce.gateway.bff.application.Caller;
import com.fleetcommerce.gateway.bff.application.ServiceCalls;
import com.fleetcommerce.gateway.bff.application.UpstreamResponse;
import org.springframework.cloud.client.discovery.ReactiveDiscoveryClient;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * {@link ServiceCalls} over a load-balanced WebClient ({@code http://<service>/...} resolved through discovery),
 * passing on the caller's token and request id; the trace context goes with it (the WebClient is observed).
 */
class LoadBalancedServiceCalls implements ServiceCalls {

    private final WebClient webClient;
    private final ReactiveDiscoveryClient discovery;

    LoadBalancedServiceCalls(WebClient loadBalancedWebClient, ReactiveDiscoveryClient discovery) {
        this.webClient = loadBalancedWebClient;
        this.discovery = discovery;
    }

    @Override
    public Mono<Boolean> isRegistered(String service) {
        return discovery.getInstances(service).hasElements().onErrorReturn(false);
    }

    @Override
    public Mono<UpstreamResponse> get(String service, String path, Caller caller, Duration timeout) {
        return webClient.get()
                .uri("http://" + service + path)
                .headers(headers -> {
                    if (caller.authorization() != null) {
                        headers.set(HttpHeaders.AUTHORIZATION, caller.authorization());
                    }
                    if (caller.requestId() != null) {
                        headers.set("X-Request-Id", caller.requestId());
                    }
                    headers.set(HttpHeaders.ACCEPT, "application/json, application/problem+json");
                })
                .exchangeToMono(response -> response.bodyToMono(String.class).defaultIfEmpty("")
                        .map(body -> new UpstreamResponse(response.statusCode().value(), body,
                                response.headers().contentType().map(Object::toString).orElse(null))))
                .timeout(timeout);
    }
}
