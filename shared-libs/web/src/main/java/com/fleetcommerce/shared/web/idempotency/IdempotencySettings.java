package com.fleetcommerce.shared.web.idempotency;

import java.time.Duration;

/**
 * @param ttl            how long a stored answer is replayed
 * @param inProgressWait how long a duplicate waits for the first request to finish before getting 409
 * @param pollInterval   how often a waiting duplicate looks again
 * @param claimTimeout   after this, an unfinished claim is considered abandoned (its instance died) and may be taken
 *                       over; keep it well above the slowest request
 */
public record IdempotencySettings(Duration ttl, Duration inProgressWait, Duration pollInterval, Duration claimTimeout) {

    public static IdempotencySettings defaults() {
        return new IdempotencySettings(Duration.ofHours(24), Duration.ofSeconds(2), Duration.ofMillis(100),
                Duration.ofMinutes(5));
    }
}
