package com.fleetcommerce.gateway.problem.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fleetcommerce.shared.web.autoconfigure.PlatformWebProperties;
import com.fleetcommerce.shared.web.problem.ProblemCodes;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the platform's RFC 9457 problem responses on the reactive stack, in the shape of shared-web's
 * {@code ProblemDetailFactory}: {@code type} (base + code), {@code title}, {@code status}, {@code detail},
 * {@code instance} (the path, without query), {@code code}, {@code traceId}, then extension members. Codes and titles
 * are shared-web's {@link ProblemCodes}, so a client sees one vocabulary whether the gateway or a service refused.
 */
@Component
public class ProblemResponses {

    /** Set on an exchange whose path is no longer the caller's (an internal forward): the {@code instance} to show. */
    public static final String INSTANCE_ATTRIBUTE = ProblemResponses.class.getName() + ".instance";

    private final JsonMapper json;
    private final String typeBase;

    public ProblemResponses(JsonMapper json, PlatformWebProperties web) {
        this.json = json;
        String base = web.problemTypeBase();
        this.typeBase = base.endsWith("/") ? base : base + "/";
    }

    public Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, String code, String detail) {
        return write(exchange, status, code, detail, Map.of());
    }

    public Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, String code, String detail,
                            Map<String, ?> extensions) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        byte[] bytes = json.writeValueAsString(body(exchange, status, code, detail, extensions))
                .getBytes(StandardCharsets.UTF_8);
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().setContentLength(bytes.length);
        return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(bytes)));
    }

    public Map<String, Object> body(ServerWebExchange exchange, HttpStatusCode status, String code, String detail,
                                    Map<String, ?> extensions) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", typeBase + code);
        body.put("title", ProblemCodes.titleOf(code));
        body.put("status", status.value());
        if (detail != null) {
            body.put("detail", detail);
        }
        body.put("instance", exchange.getAttribute(INSTANCE_ATTRIBUTE) instanceof String instance ? instance
                : exchange.getRequest().getPath().value());
        body.put("code", code);
        body.put("traceId", ExchangeTraceIds.of(exchange));
        body.putAll(extensions);
        return body;
    }
}
