package com.fleetcommerce.user.audit.application;

import java.time.Instant;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/** An audit record as the API shows it. */
public record AuditEntryView(UUID id, Instant at, String actorId, String actorType, String action,
                             String resourceType, String resourceId, JsonNode before, JsonNode after, String ip,
                             String traceId, String service) {
}
