package com.fleetcommerce.gateway.routing.web;

import java.net.ConnectException;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * One more attempt for an idempotent request (GET or HEAD) whose first attempt could not connect or was answered 502
 * or 503; the route's filters after this one run again, so the load balancer picks the next instance.
 * <p>
 * It does what Spring Cloud Gateway's {@code RetryGatewayFilterFactory} did here, for one retry without backoff, at a
 * fraction of the cost: other methods pass straight through, and a GET adds three operators instead of a
 * {@code retryWhen} and a {@code repeatWhen} with their companion publishers on every request (measured in
 * docs/performance.md). Nothing is retried after a response timeout (the service is slow; asking again doubles its
 * load) or after any other error.
 * <p>
 * The answer is not written to the client until the whole route chain has finished ({@code NettyWriteResponseFilter}
 * runs outside it), so a discarded first answer never reaches the client; {@link ServerWebExchangeUtils#reset} releases
 * its connection and removes the headers it added.
 */
final class IdempotentRetry implements GatewayFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        if (!idempotent(exchange.getRequest().getMethod())) {
            return chain.filter(exchange);
        }
        return chain.filter(exchange)
                .then(Mono.fromSupplier(() -> refusedByInstance(exchange.getResponse().getStatusCode())))
                .onErrorResume(IdempotentRetry::couldNotConnect, failure -> Mono.just(Boolean.TRUE))
                .flatMap(again -> again ? retry(exchange, chain) : Mono.empty());
    }

    private static Mono<Void> retry(ServerWebExchange exchange, GatewayFilterChain chain) {
        ServerWebExchangeUtils.reset(exchange);
        return chain.filter(exchange);
    }

    static boolean idempotent(HttpMethod method) {
        return HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method);
    }

    static boolean refusedByInstance(HttpStatusCode status) {
        return status != null && (status.value() == HttpStatus.BAD_GATEWAY.value()
                || status.value() == HttpStatus.SERVICE_UNAVAILABLE.value());
    }

    static boolean couldNotConnect(Throwable failure) {
        return failure instanceof ConnectException || failure.getCause() instanceof ConnectException;
    }
}
