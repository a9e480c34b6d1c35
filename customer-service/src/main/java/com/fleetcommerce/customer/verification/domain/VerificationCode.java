package com.fleetcommerce.customer.verification.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One code sent to one destination. Only the code's hash is kept. A code dies after {@code maxAttempts} wrong
 * guesses (a 6-digit code has a million values: five guesses are a 1 in 200,000 chance), and expires after its TTL.
 */
public record VerificationCode(UUID id, UUID customerId, VerificationChannel channel, String destination,
                               String codeHash, Instant expiresAt, int attempts, VerificationStatus status,
                               Instant createdAt) {

    /** The outcome of one attempt and the code's state after it (to store even when the attempt failed). */
    public record Attempt(VerifyOutcome outcome, VerificationCode after) {
    }

    public Attempt attempt(String presentedHash, Instant now, int maxAttempts) {
        if (status == VerificationStatus.DEAD) {
            return new Attempt(VerifyOutcome.DEAD, this);
        }
        if (status != VerificationStatus.ACTIVE) {
            return new Attempt(VerifyOutcome.NO_CODE, this);
        }
        if (!now.isBefore(expiresAt)) {
            return new Attempt(VerifyOutcome.EXPIRED, this);
        }
        if (CodeHasher.sameHash(codeHash, presentedHash)) {
            return new Attempt(VerifyOutcome.VERIFIED, with(attempts + 1, VerificationStatus.USED));
        }
        int used = attempts + 1;
        return used >= maxAttempts
                ? new Attempt(VerifyOutcome.DEAD, with(used, VerificationStatus.DEAD))
                : new Attempt(VerifyOutcome.WRONG_CODE, with(used, VerificationStatus.ACTIVE));
    }

    public int attemptsLeft(int maxAttempts) {
        return Math.max(0, maxAttempts - attempts);
    }

    private VerificationCode with(int newAttempts, VerificationStatus newStatus) {
        return new VerificationCode(id, customerId, channel, destination, codeHash, expiresAt, newAttempts, newStatus,
                createdAt);
    }
}
