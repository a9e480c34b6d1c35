package com.fleetcommerce.shared.events.outbox;

import java.util.Map;

import com.fleetcommerce.shared.events.core.EventPayload;

/**
 * One event of a batch append: its record key (aggregate id), CloudEvents subject and payload, and the trace it
 * belongs to.
 *
 * @param trace propagation headers ({@code traceparent}...) of the trace that caused this event, for a batch that
 *              serves many callers' traces at once (request combining); {@code null}: the trace current when the batch
 *              is appended, as for {@link OutboxWriter#append}
 */
public record OutboxEntry(String key, String subject, EventPayload payload, Map<String, String> trace) {

    public OutboxEntry {
        trace = trace == null ? null : Map.copyOf(trace);
    }

    /** An entry of the current trace. */
    public OutboxEntry(String key, String subject, EventPayload payload) {
        this(key, subject, payload, null);
    }

    /** An entry whose subject is its key, like {@link OutboxWriter#append(String, String, EventPayload)}. */
    public static OutboxEntry of(String key, EventPayload payload) {
        return new OutboxEntry(key, key, payload);
    }

    /** The same event, belonging to the given trace (its propagation headers; empty: no trace). */
    public OutboxEntry inTrace(Map<String, String> traceHeaders) {
        return new OutboxEntry(key, subject, payload, traceHeaders);
    }
}
