package com.fleetcommerce.shared.events.contracts.auth;

import java.time.Instant;
import java.util.UUID;

import com.fleetcommerce.shared.events.core.EventPayload;
import com.fleetcommerce.shared.events.core.EventType;

/** The password was changed or reset; {@code how} is CHANGE or RESET (topic {@code auth.account}). Notification-service tells the owner. */
@EventType("auth.account.password-changed.v1")
public record PasswordChanged(UUID accountId, String how, Instant occurredAt) implements EventPayload {
}
