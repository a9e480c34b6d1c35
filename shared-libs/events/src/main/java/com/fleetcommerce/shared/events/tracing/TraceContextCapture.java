package com.fleetcommerce.shared.events.tracing;

import java.util.Map;

/**
 * Captures the current trace context as propagation headers ({@code traceparent}, {@code tracestate}...) so an event
 * written to the outbox now and published later still continues the trace of the business transaction that wrote it.
 */
@FunctionalInterface
public interface TraceContextCapture {

    TraceContextCapture NONE = Map::of;

    /** Propagation headers of the current span; empty when there is no current trace. */
    Map<String, String> currentHeaders();
}
