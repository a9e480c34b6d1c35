package com.fleetcommerce.shared.web.idempotency;

import java.util.UUID;

/**
 * The outcome of trying to claim a key: either this request owns it now ({@code claimToken}), or someone else does
 * ({@code existing}, which may be null when the other claim vanished in between).
 */
public record ClaimResult(UUID claimToken, IdempotencyRecord existing) {

    public static ClaimResult claimed(UUID claimToken) {
        return new ClaimResult(claimToken, null);
    }

    public static ClaimResult taken(IdempotencyRecord existing) {
        return new ClaimResult(null, existing);
    }

    public boolean isClaimed() {
        return claimToken != null;
    }
}
