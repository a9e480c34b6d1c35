package com.fleetcommerce.gateway.security.web;

import org.springframework.security.web.server.header.ServerHttpHeadersWriter;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * {@code Content-Security-Policy}: nothing may load or frame an API response (JSON is never a page); the Swagger UI,
 * the one HTML the gateway serves, may load its own scripts, styles and images and fetch the API documents.
 */
class ContentSecurityPolicyWriter implements ServerHttpHeadersWriter {

    static final String API = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    static final String SWAGGER_UI = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; "
            + "base-uri 'self'; form-action 'none'";

    @Override
    public Mono<Void> writeHttpHeaders(ServerWebExchange exchange) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        boolean ui = path.startsWith("/swagger-ui") || path.startsWith("/webjars/");
        exchange.getResponse().getHeaders().set("Content-Security-Policy", ui ? SWAGGER_UI : API);
        return Mono.empty();
    }
}
