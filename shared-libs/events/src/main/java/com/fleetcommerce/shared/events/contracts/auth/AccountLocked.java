package com.fleetcommerce.shared.events.contracts.auth;

import java.time.Instant;
import java.util.UUID;

import com.fleetcommerce.shared.events.core.EventPayload;
import com.fleetcommerce.shared.events.core.EventType;

/** Too many failed logins: the account refuses logins until {@code until} (topic {@code auth.account}). */
@EventType("auth.account.locked.v1")
public record AccountLocked(UUID accountId, Instant until, Instant occurredAt) implements EventPayload {
}
