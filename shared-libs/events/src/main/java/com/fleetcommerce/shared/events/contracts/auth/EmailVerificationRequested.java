package com.fleetcommerce.shared.events.contracts.auth;

import java.time.Instant;
import java.util.UUID;

import com.fleetcommerce.shared.events.core.EventPayload;
import com.fleetcommerce.shared.events.core.EventType;

/** Delivery request for notification-service: send {@code token} (raw; only its hash is stored) to {@code email}, valid until {@code expiresAt}. Topic {@code auth.account}, keyed by account id. */
@EventType("auth.email-verification.requested.v1")
public record EmailVerificationRequested(UUID accountId, String email, String token, Instant expiresAt) implements EventPayload {
}
