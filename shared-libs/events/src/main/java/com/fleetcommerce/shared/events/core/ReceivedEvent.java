package com.fleetcommerce.shared.events.core;

import java.time.Instant;

/**
 * A consumed event: its CloudEvents attributes, where it was read from, and the typed payload.
 *
 * @param key the record key, i.e. the aggregate id the producer keyed the event by
 */
public record ReceivedEvent<T>(
        String id,
        String type,
        String source,
        Instant time,
        String subject,
        String key,
        String topic,
        int partition,
        long offset,
        T payload) {
}
