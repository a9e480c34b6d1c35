package com.fleetcommerce.shared.events.contracts.auth;

import java.time.Instant;
import java.util.UUID;

import com.fleetcommerce.shared.events.core.EventPayload;
import com.fleetcommerce.shared.events.core.EventType;

/** A login session ended early (logout, logout-all, refresh-token reuse, password change/reset, account disabled): access tokens with this {@code sid} must be refused until they expire at the latest at {@code accessTokensValidUntil}. Topic {@code auth.account}, keyed by account id, so a gateway can keep a revoked-session set. */
@EventType("auth.session.revoked.v1")
public record SessionRevoked(UUID sessionId, UUID accountId, String reason, Instant revokedAt, Instant accessTokensValidUntil) implements EventPayload {
}
