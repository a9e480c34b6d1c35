package com.fleetcommerce.shared.observability;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.slf4j.MDC;

/**
 * The trace id of the work in progress on this thread, for error responses, events and audit records. The one
 * place in the fleet that knows where a trace id comes from.
 * <p>
 * Static on purpose: problem handlers, entry points and event publishers in other shared libraries need it without
 * being beans themselves. The auto-configuration binds the application's {@link Tracer}; without one (plain unit
 * tests, tracing disabled) the id comes from the logging MDC, where Micrometer Tracing also puts it.
 */
public final class TraceIds {

    /** The MDC keys Micrometer Tracing (and Boot's log correlation) fill, then the OpenTelemetry spelling. */
    public static final String MDC_KEY = "traceId";
    static final String OTEL_MDC_KEY = "trace_id";

    private static final AtomicReference<Tracer> TRACER = new AtomicReference<>();

    private TraceIds() {
    }

    /**
     * The current trace id (32 lowercase hex characters for W3C), if any work is being traced: the bound tracer's
     * current span, else MDC {@code traceId}, else MDC {@code trace_id}. An all-zero (invalid) id counts as none.
     */
    public static Optional<String> current() {
        return fromTracer().or(TraceIds::fromMdc);
    }

    /** The current trace id or {@code null}; convenient for JSON fields that are simply left out when absent. */
    public static String currentOrNull() {
        return current().orElse(null);
    }

    static void bind(Tracer tracer) {
        TRACER.set(tracer);
    }

    static void unbind(Tracer tracer) {
        TRACER.compareAndSet(tracer, null);
    }

    private static Optional<String> fromTracer() {
        Tracer tracer = TRACER.get();
        if (tracer == null) {
            return Optional.empty();
        }
        try {
            Span span = tracer.currentSpan();
            return span == null ? Optional.empty() : valid(span.context().traceId());
        }
        catch (RuntimeException ex) {
            // callers are mostly error paths: a broken tracer must never turn an error response into a second error
            return Optional.empty();
        }
    }

    private static Optional<String> fromMdc() {
        return valid(MDC.get(MDC_KEY)).or(() -> valid(MDC.get(OTEL_MDC_KEY)));
    }

    private static Optional<String> valid(String traceId) {
        if (traceId == null || traceId.isBlank() || traceId.chars().allMatch(c -> c == '0')) {
            return Optional.empty();
        }
        return Optional.of(traceId);
    }
}
