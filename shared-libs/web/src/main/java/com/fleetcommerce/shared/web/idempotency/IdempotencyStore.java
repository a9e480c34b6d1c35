package com.fleetcommerce.shared.web.idempotency;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/** Durable memory of idempotency keys. Every method commits on its own, independent of any caller transaction. */
public interface IdempotencyStore {

    /** Claims the key for a request that is about to run, unless a live record exists. */
    ClaimResult claim(IdempotencyScope scope, String requestHash, Duration ttl, Duration claimTimeout);

    Optional<IdempotencyRecord> find(IdempotencyScope scope);

    /** Stores the answer of the claiming request (a no-op if the claim was lost meanwhile). */
    void complete(IdempotencyScope scope, UUID claimToken, StoredResponse response, Duration ttl);

    /** Forgets the claim so that a retry may run (after a 5xx or an exception). */
    void release(IdempotencyScope scope, UUID claimToken);

    /** Deletes up to {@code batchSize} expired records; returns how many. */
    int deleteExpired(int batchSize);
}
