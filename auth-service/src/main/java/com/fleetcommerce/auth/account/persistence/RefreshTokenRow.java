package com.fleetcommerce.auth.account.persistence;

import java.time.Instant;
import java.util.UUID;

public record RefreshTokenRow(String tokenHash, UUID sessionId, UUID accountId, Instant expiresAt, Instant usedAt) {
}
