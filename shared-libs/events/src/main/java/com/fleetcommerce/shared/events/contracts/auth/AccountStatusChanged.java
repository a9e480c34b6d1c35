package com.fleetcommerce.shared.events.contracts.auth;

import java.time.Instant;
import java.util.UUID;

import com.fleetcommerce.shared.events.core.EventPayload;
import com.fleetcommerce.shared.events.core.EventType;

/** An account was disabled or enabled through the service-internal API (topic {@code auth.account}). */
@EventType("auth.account.status-changed.v1")
public record AccountStatusChanged(UUID accountId, String status, Instant occurredAt) implements EventPayload {
}
