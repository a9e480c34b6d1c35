package com.fleetcommerce.shared.web.idempotency;

/**
 * The state of a key as the store sees it.
 *
 * @param requestHash SHA-256 (hex) of the request body that first used the key
 * @param completed   whether the first request finished and {@code response} holds its answer
 * @param claimable   expired, or in progress for longer than the claim timeout (its instance died): may be taken over
 * @param response    the stored answer, when completed
 */
public record IdempotencyRecord(String requestHash, boolean completed, boolean claimable, StoredResponse response) {
}
