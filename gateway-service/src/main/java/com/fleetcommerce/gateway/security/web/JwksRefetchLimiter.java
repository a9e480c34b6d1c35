package com.fleetcommerce.gateway.security.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import reactor.core.publisher.Mono;

/**
 * At most one JWKS fetch per cool-down. Nimbus' reactive JWK source fetches the key set again for every token whose
 * {@code kid} it does not hold, so without this anyone could make the gateway call auth-service once per request by
 * sending tokens with made-up key ids. Within the cool-down the last key set is answered from memory (the made-up
 * kid is then simply unknown: 401). The servlet services get the same protection from Nimbus' own rate-limited JWK
 * source. A key auth-service adds during a rotation is picked up on its first use, or at most one cool-down later
 * if another fetch happened just before (auth-service publishes new keys before it signs with them).
 */
class JwksRefetchLimiter implements ExchangeFilterFunction {

    private final Duration cooldown;
    private final Clock clock;
    private volatile Fetched last;

    private record Fetched(Instant at, String body) {
    }

    JwksRefetchLimiter(Duration cooldown, Clock clock) {
        this.cooldown = cooldown;
        this.clock = clock;
    }

    @Override
    public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
        Fetched known = last;
        if (known != null && clock.instant().isBefore(known.at().plus(cooldown))) {
            return Mono.just(response(known.body()));
        }
        return next.exchange(request).flatMap(response -> {
            if (!response.statusCode().is2xxSuccessful()) {
                return Mono.just(response);
            }
            return response.bodyToMono(String.class).defaultIfEmpty("").map(body -> {
                last = new Fetched(clock.instant(), body);
                return response(body);
            });
        });
    }

    private static ClientResponse response(String body) {
        return ClientResponse.create(org.springframework.http.HttpStatus.OK)
                .header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
                .body(body)
                .build();
    }
}
