package com.fleetcommerce.shared.observability;

import com.fleetcommerce.shared.observability.web.TraceIdResponseHeaderFilter;
import io.micrometer.tracing.Tracer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Wires {@link TraceIds} to the application's tracer and adds the trace id response header. The actuator, metrics,
 * tracing and logging defaults are properties, contributed by
 * {@link com.fleetcommerce.shared.observability.defaults.ObservabilityDefaultsEnvironmentPostProcessor}.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration",
        "org.springframework.boot.micrometer.tracing.autoconfigure.NoopTracerAutoConfiguration" })
@EnableConfigurationProperties(ObservabilityProperties.class)
public class ObservabilityAutoConfiguration {

    @Bean
    @ConditionalOnClass(Tracer.class)
    @ConditionalOnBean(Tracer.class)
    TraceIdsTracerBinding traceIdsTracerBinding(Tracer tracer) {
        return new TraceIdsTracerBinding(tracer);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(FilterRegistrationBean.class)
    @ConditionalOnExpression("'${platform.observability.trace-id-header:X-Trace-Id}' != ''")
    static class TraceIdHeaderConfiguration {

        /** Just inside the HTTP observation filter (HIGHEST_PRECEDENCE + 1), well before Spring Security. */
        static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

        @Bean
        @ConditionalOnMissingBean(name = "traceIdResponseHeaderFilter")
        FilterRegistrationBean<TraceIdResponseHeaderFilter> traceIdResponseHeaderFilter(ObservabilityProperties properties) {
            var registration = new FilterRegistrationBean<>(new TraceIdResponseHeaderFilter(properties.traceIdHeader()));
            registration.setOrder(ORDER);
            return registration;
        }
    }
}
