package com.fleetcommerce.shared.events.autoconfigure;

import com.fleetcommerce.shared.events.kafka.ReceivedEvents;
import com.fleetcommerce.shared.events.tracing.MicrometerTraceContextCapture;
import com.fleetcommerce.shared.events.tracing.TraceContextCapture;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** What producers and consumers share: trace context capture and the consumer-side envelope reader. */
@AutoConfiguration(afterName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@EnableConfigurationProperties(EventsProperties.class)
public class EventsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ReceivedEvents receivedEvents(ObjectProvider<JsonMapper> jsonMapper) {
        return new ReceivedEvents(jsonMapper.getIfAvailable(JsonMapper::new));
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = {"io.micrometer.tracing.Tracer", "io.micrometer.tracing.propagation.Propagator"})
    static class TracingConfiguration {

        @Bean
        @ConditionalOnMissingBean
        TraceContextCapture traceContextCapture(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
            // resolved on first use: the tracing auto-configurations may run after this one
            return new LazyTraceContextCapture(() -> {
                Tracer t = tracer.getIfAvailable();
                Propagator p = propagator.getIfAvailable();
                return t == null || p == null ? TraceContextCapture.NONE : new MicrometerTraceContextCapture(t, p);
            });
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingClass("io.micrometer.tracing.Tracer")
    static class NoTracingConfiguration {

        @Bean
        @ConditionalOnMissingBean
        TraceContextCapture traceContextCapture() {
            return TraceContextCapture.NONE;
        }
    }
}
