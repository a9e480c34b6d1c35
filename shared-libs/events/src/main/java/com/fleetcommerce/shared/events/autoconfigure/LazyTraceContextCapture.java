package com.fleetcommerce.shared.events.autoconfigure;

import java.util.Map;
import java.util.function.Supplier;

import com.fleetcommerce.shared.events.tracing.TraceContextCapture;

/** Resolves its delegate on first use, once the application context is complete. */
final class LazyTraceContextCapture implements TraceContextCapture {

    private final Supplier<TraceContextCapture> resolver;
    private volatile TraceContextCapture delegate;

    LazyTraceContextCapture(Supplier<TraceContextCapture> resolver) {
        this.resolver = resolver;
    }

    @Override
    public Map<String, String> currentHeaders() {
        TraceContextCapture current = delegate;
        if (current == null) {
            current = resolver.get();
            delegate = current;
        }
        return current.currentHeaders();
    }
}
