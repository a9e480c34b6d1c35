package com.fleetcommerce.gateway.edge.web;

import com.fleetcommerce.gateway.problem.web.ExchangeTraceIds;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives every request an {@code X-Request-Id}: the caller's when it is a sane value (a proxy in front may have set
 * it), else a new UUID. It goes on to the service (request header) and back to the caller (response header), with
 * the trace id ({@code X-Trace-Id}, as the servlet services send it). First of the gateway's filters, so that even a
 * 401 or 429 carries both.
 */
@Component
public class RequestIdFilter implements WebFilter, Ordered {

    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;
    public static final String TRACE_ID_HEADER = "X-Trace-Id";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String given = exchange.getRequest().getHeaders().getFirst(RequestIds.HEADER);
        String id = RequestIds.isSane(given) ? given : RequestIds.generate();
        exchange.getAttributes().put(RequestIds.ATTRIBUTE, id);
        // set (not add) just before commit: a proxied response may carry the service's own copy of these headers
        exchange.getResponse().beforeCommit(() -> {
            exchange.getResponse().getHeaders().set(RequestIds.HEADER, id);
            ExchangeTraceIds.traced(exchange)
                    .ifPresent(traceId -> exchange.getResponse().getHeaders().set(TRACE_ID_HEADER, traceId));
            return Mono.empty();
        });
        ServerWebExchange withId = exchange.mutate()
                .request(request -> request.headers(headers -> headers.set(RequestIds.HEADER, id)))
                .build();
        return chain.filter(withId);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
