package com.fleetcommerce.shared.events.tracing;

import java.util.LinkedHashMap;
import java.util.Map;

import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

/** Injects the current Micrometer trace context with the configured propagator (W3C by default in Boot). */
public final class MicrometerTraceContextCapture implements TraceContextCapture {

    private final Tracer tracer;
    private final Propagator propagator;

    public MicrometerTraceContextCapture(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    @Override
    public Map<String, String> currentHeaders() {
        TraceContext context = tracer.currentTraceContext().context();
        if (context == null) {
            return Map.of();
        }
        Map<String, String> headers = new LinkedHashMap<>();
        propagator.inject(context, headers, Map::put);
        return headers;
    }
}
