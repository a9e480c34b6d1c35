package com.fleetcommerce.gateway.edge.web;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.fleetcommerce.gateway.problem.web.ProblemResponses;
import com.fleetcommerce.shared.web.problem.ProblemCodes;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses request bodies above the limit with a 413 {@code payload-too-large} problem before anything else is done
 * with them (before authentication, rate limiting or a connection to a service). A declared {@code Content-Length} is
 * checked up front; a streamed body without one is counted while it is passed on and cut at the limit.
 */
@Component
public class RequestSizeLimitFilter implements WebFilter, Ordered {

    public static final int ORDER = RequestIdFilter.ORDER + 10;

    private final long defaultMax;
    private final List<RequestSizeProperties.RouteLimit> routes;
    private final ProblemResponses problems;

    public RequestSizeLimitFilter(RequestSizeProperties properties, ProblemResponses problems) {
        this.defaultMax = properties.defaultMax().toBytes();
        this.routes = properties.routes();
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        long limit = limitFor(request);
        long declared = request.getHeaders().getContentLength();
        if (declared > limit) {
            return problems.write(exchange, HttpStatus.PAYLOAD_TOO_LARGE, ProblemCodes.PAYLOAD_TOO_LARGE,
                    "The request body exceeds the limit of " + limit + " bytes.");
        }
        if (declared >= 0) {
            return chain.filter(exchange);
        }
        ServerHttpRequest counted = new ServerHttpRequestDecorator(request) {
            @Override
            public Flux<DataBuffer> getBody() {
                AtomicLong seen = new AtomicLong();
                return super.getBody().doOnNext(buffer -> {
                    if (seen.addAndGet(buffer.readableByteCount()) > limit) {
                        throw new RequestBodyTooLargeException(limit);
                    }
                });
            }
        };
        return chain.filter(exchange.mutate().request(counted).build());
    }

    long limitFor(ServerHttpRequest request) {
        String path = request.getPath().pathWithinApplication().value();
        for (RequestSizeProperties.RouteLimit route : routes) {
            if (route.path().equals(path) && (route.method() == null || route.method().equals(request.getMethod()))) {
                return route.max().toBytes();
            }
        }
        return defaultMax;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
