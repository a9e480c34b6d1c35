package com.fleetcommerce.gateway.routing.web;

import java.net.URI;
import java.util.Map;
import java.util.Set;

import com.fleetcommerce.gateway.problem.web.ProblemResponses;
import com.fleetcommerce.shared.web.problem.ProblemCodes;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Where a route's circuit breaker forwards a failed or refused call: a 503 {@code service-unavailable} problem naming
 * the service ({@code service} member), with {@code Retry-After} when the circuit is open. A 4xx raised while passing
 * the request on (a streamed body over its limit) keeps its status: the client, not the service, was at fault.
 * Only reachable through a breaker's forward: called directly it is a 404.
 */
@RestController
class FallbackController {

    static final String PATH = "/gateway/fallback";
    private static final Logger log = LoggerFactory.getLogger(FallbackController.class);

    private final ProblemResponses problems;
    private final ResilienceProperties resilience;

    FallbackController(ProblemResponses problems, ResilienceProperties resilience) {
        this.problems = problems;
        this.resilience = resilience;
    }

    @RequestMapping(PATH + "/{service}")
    Mono<Void> fallback(@PathVariable String service, ServerWebExchange exchange) {
        Throwable cause = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        if (cause == null) {
            return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND));
        }
        if (cause instanceof ResponseStatusException status && status.getStatusCode().is4xxClientError()) {
            return Mono.error(status);
        }
        String originalPath = originalPath(exchange);
        exchange.getAttributes().put(ProblemResponses.INSTANCE_ATTRIBUTE, originalPath);
        exchange.getResponse().getHeaders().remove(HttpHeaders.CONTENT_LENGTH);
        if (cause instanceof CallNotPermittedException) {
            long retryAfter = Math.max(1, resilience.waitDurationInOpenState().toSeconds());
            exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter));
            return problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, ProblemCodes.SERVICE_UNAVAILABLE,
                    service + " is not available (too many recent failures). Try again in " + retryAfter + " s.",
                    Map.of("service", service));
        }
        log.warn("{} failed for {} {}: {}", service, exchange.getRequest().getMethod(), originalPath, cause.toString());
        return problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, ProblemCodes.SERVICE_UNAVAILABLE,
                service + " is not available or did not answer in time. Try again shortly.", Map.of("service", service));
    }

    /** The path the caller asked for (the forward replaced the request's path with the fallback's). */
    private static String originalPath(ServerWebExchange exchange) {
        Set<URI> originals = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ORIGINAL_REQUEST_URL_ATTR);
        if (originals != null) {
            for (URI original : originals) {
                if (original.getRawPath() != null && !original.getRawPath().startsWith(PATH)) {
                    return original.getRawPath();
                }
            }
        }
        return exchange.getRequest().getPath().value();
    }
}
