package com.fleetcommerce.gateway.problem.web;

import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import com.fleetcommerce.shared.observability.TraceIds;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.handler.TracingObservationHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.web.server.ServerWebExchange;

/**
 * The trace id of a request on the reactive stack. shared-observability's {@link TraceIds} reads the current span
 * of the thread, which on WebFlux is not reliably the request's; the request's server observation, kept in the
 * exchange's attributes, is. When nothing traces the request an id is generated once (and logged), because a problem
 * must always give the caller an id to quote.
 */
public final class ExchangeTraceIds {

    private static final Logger log = LoggerFactory.getLogger(ExchangeTraceIds.class);
    private static final String ATTRIBUTE = ExchangeTraceIds.class.getName() + ".traceId";

    private ExchangeTraceIds() {
    }

    public static String of(ServerWebExchange exchange) {
        if (exchange.getAttribute(ATTRIBUTE) instanceof String known) {
            return known;
        }
        String id = fromObservation(exchange).or(TraceIds::current).orElse(null);
        if (id == null) {
            id = HexFormat.of().formatHex(randomBytes());
            log.info("No trace context for {} {}; generated traceId={}", exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath(), id);
        }
        exchange.getAttributes().put(ATTRIBUTE, id);
        return id;
    }

    /** The trace id only when a real trace exists (no generated one): for the X-Trace-Id response header. */
    public static Optional<String> traced(ServerWebExchange exchange) {
        return fromObservation(exchange);
    }

    private static Optional<String> fromObservation(ServerWebExchange exchange) {
        try {
            return ServerRequestObservationContext.findCurrent(exchange.getAttributes())
                    .map(context -> context.<TracingObservationHandler.TracingContext>get(
                            TracingObservationHandler.TracingContext.class))
                    .map(TracingObservationHandler.TracingContext::getSpan)
                    .map(Span::context)
                    .map(context -> context.traceId())
                    .filter(id -> !id.isBlank() && !id.chars().allMatch(c -> c == '0'));
        }
        catch (RuntimeException ex) {
            // only error paths ask: a broken tracer must never turn an error response into a second error
            return Optional.empty();
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[16];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }
}
