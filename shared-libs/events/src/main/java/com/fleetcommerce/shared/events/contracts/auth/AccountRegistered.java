package com.fleetcommerce.shared.events.contracts.auth;

import java.time.Instant;
import java.util.UUID;

import com.fleetcommerce.shared.events.core.EventPayload;
import com.fleetcommerce.shared.events.core.EventType;

/** A new account, on topic {@code auth.account}, keyed by account id. {@code type} is CUSTOMER or STAFF; customer-service creates its customer record from it. */
@EventType("auth.account.registered.v1")
public record AccountRegistered(UUID accountId, String email, String phone, String type, Instant occurredAt) implements EventPayload {
}
