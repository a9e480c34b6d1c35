package com.fleetcommerce.gateway.security.web;

import com.fleetcommerce.gateway.support.ClientAddresses;
import org.springframework.security.web.server.header.ServerHttpHeadersWriter;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * {@code Strict-Transport-Security} on responses the client received over TLS. TLS usually ends at the load balancer
 * in front of the gateway, so a trusted proxy's {@code X-Forwarded-Proto: https} counts (Spring Security's own writer
 * only sees the gateway's plain-http hop). Never on plain http: browsers ignore it there and it would mislead.
 */
class HstsWriter implements ServerHttpHeadersWriter {

    static final String VALUE = "max-age=31536000 ; includeSubDomains";

    private final ClientAddresses clients;

    HstsWriter(ClientAddresses clients) {
        this.clients = clients;
    }

    @Override
    public Mono<Void> writeHttpHeaders(ServerWebExchange exchange) {
        if (clients.isHttps(exchange.getRequest())) {
            exchange.getResponse().getHeaders().set("Strict-Transport-Security", VALUE);
        }
        return Mono.empty();
    }
}
