package com.fleetcommerce.shared.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.otel.bridge.OtelCurrentTraceContext;
import io.micrometer.tracing.otel.bridge.OtelTracer;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/** Where the trace id comes from, in order, with a real OpenTelemetry-backed Micrometer tracer. */
class TraceIdsTest {

    private static final String MDC_TRACE_ID = "11111111111111111111111111111111";

    private final SdkTracerProvider provider = SdkTracerProvider.builder().build();
    private final Tracer tracer = tracer(provider);

    @AfterEach
    void cleanUp() {
        TraceIds.unbind(tracer);
        MDC.clear();
        provider.close();
    }

    @Test
    void currentSpanOfTheBoundTracerComesFirst() {
        MDC.put("traceId", MDC_TRACE_ID);
        TraceIds.bind(tracer);
        Span span = tracer.nextSpan().name("work").start();
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            assertThat(TraceIds.current()).contains(span.context().traceId());
            assertThat(span.context().traceId()).matches("[0-9a-f]{32}").isNotEqualTo(MDC_TRACE_ID);
        }
        finally {
            span.end();
        }
    }

    @Test
    void mdcTraceIdWhenNoSpanIsCurrent() {
        TraceIds.bind(tracer);
        MDC.put("traceId", MDC_TRACE_ID);

        assertThat(TraceIds.current()).contains(MDC_TRACE_ID);
        assertThat(TraceIds.currentOrNull()).isEqualTo(MDC_TRACE_ID);
    }

    @Test
    void mdcTraceIdWithoutAnyTracer() {
        MDC.put("traceId", MDC_TRACE_ID);

        assertThat(TraceIds.current()).contains(MDC_TRACE_ID);
    }

    @Test
    void openTelemetryMdcKeyIsTheLastSource() {
        MDC.put("trace_id", "22222222222222222222222222222222");

        assertThat(TraceIds.current()).contains("22222222222222222222222222222222");
    }

    @Test
    void allZeroAndBlankIdsCountAsNoTrace() {
        MDC.put("traceId", "0000000000000000");
        MDC.put("trace_id", " ");

        assertThat(TraceIds.current()).isEmpty();
        assertThat(TraceIds.currentOrNull()).isNull();
    }

    @Test
    void aFailingTracerFallsBackToTheMdcInsteadOfThrowing() {
        Tracer broken = (Tracer) Proxy.newProxyInstance(Tracer.class.getClassLoader(), new Class<?>[] { Tracer.class },
                (proxy, method, arguments) -> {
                    throw new IllegalStateException("tracer down");
                });
        TraceIds.bind(broken);
        try {
            MDC.put("traceId", MDC_TRACE_ID);

            assertThat(TraceIds.current()).contains(MDC_TRACE_ID);
        }
        finally {
            TraceIds.unbind(broken);
        }
    }

    @Test
    void closingAnotherContextDoesNotUnbindThisContextsTracer() {
        TraceIds.bind(tracer);
        Tracer other = tracer(provider);

        TraceIds.unbind(other);

        Span span = tracer.nextSpan().start();
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            assertThat(TraceIds.current()).contains(span.context().traceId());
        }
        finally {
            span.end();
        }
    }

    private static Tracer tracer(SdkTracerProvider provider) {
        return new OtelTracer(provider.get("trace-ids-test"), new OtelCurrentTraceContext(), event -> {
        });
    }
}
