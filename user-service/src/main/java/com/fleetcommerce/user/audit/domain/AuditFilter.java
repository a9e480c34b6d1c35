package com.fleetcommerce.user.audit.domain;

import java.time.Instant;

/** Filters of the audit query; null means "any". {@code from} inclusive, {@code to} exclusive. */
public record AuditFilter(String actorId, String resourceType, String resourceId, String action, Instant from,
                          Instant to) {
}
