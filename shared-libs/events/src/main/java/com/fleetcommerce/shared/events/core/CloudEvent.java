package com.fleetcommerce.shared.events.core;

import java.time.Instant;
import java.util.Objects;

/**
 * The CloudEvents context attributes this platform sets on every record (the data itself travels as the record value).
 *
 * @param id      unique event id (a UUIDv7 string for events we produce)
 * @param type    versioned payload type, e.g. {@code warehouse.stock.changed.v1}
 * @param source  producing service as a URI reference, e.g. {@code /warehouse-service}
 * @param time    when the event happened (the business transaction's time), serialised as RFC 3339 in UTC
 * @param subject what the event is about inside the source, e.g. the SKU id; may be {@code null}
 */
public record CloudEvent(String id, String type, String source, Instant time, String subject) {

    public CloudEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(time, "time");
    }
}
