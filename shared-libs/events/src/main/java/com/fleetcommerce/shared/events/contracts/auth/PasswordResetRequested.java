package com.fleetcommerce.shared.events.contracts.auth;

import java.time.Instant;
import java.util.UUID;

import com.fleetcommerce.shared.events.core.EventPayload;
import com.fleetcommerce.shared.events.core.EventType;

/** Delivery request for notification-service: a password-reset link with {@code token} (raw; only its hash is stored). {@code invite} is true for staff accounts created through the service API, whose first password is set this way. Topic {@code auth.account}, keyed by account id. */
@EventType("auth.password-reset.requested.v1")
public record PasswordResetRequested(UUID accountId, String email, String token, Instant expiresAt, boolean invite) implements EventPayload {
}
