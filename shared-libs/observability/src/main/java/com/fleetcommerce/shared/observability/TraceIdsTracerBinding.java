package com.fleetcommerce.shared.observability;

import io.micrometer.tracing.Tracer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;

/** Hands the context's tracer to {@link TraceIds} for the lifetime of the application context. */
final class TraceIdsTracerBinding implements SmartInitializingSingleton, DisposableBean {

    private final Tracer tracer;

    TraceIdsTracerBinding(Tracer tracer) {
        this.tracer = tracer;
    }

    @Override
    public void afterSingletonsInstantiated() {
        TraceIds.bind(tracer);
    }

    @Override
    public void destroy() {
        TraceIds.unbind(tracer);
    }
}
