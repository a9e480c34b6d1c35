package com.fleetcommerce.shared.events.contracts.auth;

import java.time.Instant;
import java.util.UUID;

import com.fleetcommerce.shared.events.core.EventPayload;
import com.fleetcommerce.shared.events.core.EventType;

/** The account's email address was verified (topic {@code auth.account}). */
@EventType("auth.account.verified.v1")
public record AccountVerified(UUID accountId, String email, Instant occurredAt) implements EventPayload {
}
