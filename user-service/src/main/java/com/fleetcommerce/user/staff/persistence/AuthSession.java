package com.fleetcommerce.user.staff.persistence;

import java.time.Instant;
import java.util.UUID;

/**
 * One login session of an account as auth-service reports it ({@code GET /api/v1/auth/accounts/{id}/sessions},
 * the same fields as the caller's own {@code GET /api/v1/auth/sessions}, plus {@code endedAt} for ended ones).
 */
public record AuthSession(UUID id, String device, String ip, Instant createdAt, Instant lastUsedAt,
                          Instant endedAt) {
}
