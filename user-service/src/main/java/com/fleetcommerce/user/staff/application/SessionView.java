package com.fleetcommerce.user.staff.application;

import java.time.Instant;
import java.util.UUID;

/** One login of a staff member: {@code active} while the session has not ended. */
public record SessionView(UUID id, String device, String ip, Instant createdAt, Instant lastUsedAt, Instant endedAt,
                          boolean active) {
}
