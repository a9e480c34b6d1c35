package com.fleetcommerce.gateway.revocation.domain;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Login sessions auth-service ended early, each remembered until the last access token of that session has expired
 * anyway (after that the token's own {@code exp} refuses it). Small: one entry per revoked session and token lifetime.
 */
public final class RevokedSessions {

    /** Above this many entries, each revocation first forgets the expired ones. */
    static final int PRUNE_ABOVE = 1_000;

    private final Map<String, Instant> validUntil = new ConcurrentHashMap<>();

    /** {@code until}: when the session's last access token expires; later revocations of one session keep the latest. */
    public void revoke(String sessionId, Instant until, Instant now) {
        if (validUntil.size() > PRUNE_ABOVE) {
            prune(now);
        }
        validUntil.merge(sessionId, until, (a, b) -> a.isAfter(b) ? a : b);
    }

    public boolean isRevoked(String sessionId, Instant now) {
        Instant until = sessionId == null ? null : validUntil.get(sessionId);
        return until != null && now.isBefore(until);
    }

    /** Forgets sessions whose tokens have all expired; answers how many are left. */
    public int prune(Instant now) {
        validUntil.values().removeIf(until -> !now.isBefore(until));
        return validUntil.size();
    }
}
