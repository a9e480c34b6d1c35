package com.fleetcommerce.user.audit.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One stored audit record. {@code before}/{@code after} are JSON text as the producing service sent them (the
 * changed fields only, or a summary); the log never interprets them.
 */
public record AuditEntry(UUID id, String actorId, String actorType, String action, String resourceType,
                         String resourceId, String before, String after, String ip, String traceId, String service,
                         Instant at) {
}
