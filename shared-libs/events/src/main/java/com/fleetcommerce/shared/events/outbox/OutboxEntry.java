package com.fleetcommerce.shared.events.outbox;

import com.fleetcommerce.shared.events.core.EventPayload;

/** One event of a batch append: its record key (aggregate id), CloudEvents subject and payload. */
public record OutboxEntry(String key, String subject, EventPayload payload) {

    /** An entry whose subject is its key, like {@link OutboxWriter#append(String, String, EventPayload)}. */
    public static OutboxEntry of(String key, EventPayload payload) {
        return new OutboxEntry(key, key, payload);
    }
}
