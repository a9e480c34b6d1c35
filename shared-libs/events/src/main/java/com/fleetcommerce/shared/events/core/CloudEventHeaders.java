package com.fleetcommerce.shared.events.core;

/**
 * Kafka header names of the CloudEvents 1.0 Kafka protocol binding in binary content mode: every context attribute is a
 * {@code ce_}-prefixed header with a UTF-8 string value, the data content type is the {@code content-type} header and
 * the record value is the JSON payload itself.
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String CONTENT_TYPE = "content-type";

    /** W3C trace context, carried through the outbox so the consumer's span continues the writer's trace. */
    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";

    public static final String SPEC_VERSION_VALUE = "1.0";
    public static final String JSON_CONTENT_TYPE = "application/json";

    private CloudEventHeaders() {
    }
}
