package com.fleetcommerce.shared.events.outbox;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** An unpublished outbox row as the relay locked it. */
record OutboxRow(
        UUID id,
        long seq,
        String topic,
        String key,
        String type,
        String source,
        String subject,
        String payload,
        Map<String, String> extensions,
        Instant createdAt) {
}
