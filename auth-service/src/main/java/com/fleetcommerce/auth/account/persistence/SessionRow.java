package com.fleetcommerce.auth.account.persistence;

import java.time.Instant;
import java.util.UUID;

public record SessionRow(UUID id, UUID accountId, String device, String ip, Instant createdAt, Instant lastUsedAt,
                         Instant revokedAt) {

    public boolean isRevoked() {
        return revokedAt != null;
    }
}
