package com.fleetcommerce.shared.observability;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code platform.observability.*}: the few knobs of this library that are not Boot properties.
 *
 * @param traceIdHeader response header carrying the trace id of each HTTP request; blank disables it
 */
@ConfigurationProperties("platform.observability")
public record ObservabilityProperties(String traceIdHeader) {

    public static final String DEFAULT_TRACE_ID_HEADER = "X-Trace-Id";

    public ObservabilityProperties {
        if (traceIdHeader == null) {
            traceIdHeader = DEFAULT_TRACE_ID_HEADER;
        }
    }
}
