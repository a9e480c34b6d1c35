package com.fleetcommerce.auth.account.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fleetcommerce.auth.account.domain.Account;
import com.fleetcommerce.auth.account.persistence.JdbcRefreshTokens;
import com.fleetcommerce.auth.account.persistence.JdbcSessions;
import com.fleetcommerce.auth.config.AuthProperties;
import com.fleetcommerce.shared.events.contracts.auth.SessionRevoked;
import com.fleetcommerce.auth.crypto.Tokens;
import com.fleetcommerce.auth.keys.application.AccessTokenIssuer;
import com.fleetcommerce.auth.keys.application.IssuedToken;
import com.fleetcommerce.shared.events.core.Uuids;
import org.springframework.stereotype.Component;

/** Starts sessions, issues token pairs for them, and revokes them (with the event the gateway listens to). */
@Component
class SessionTokens {

    private final JdbcSessions sessions;
    private final JdbcRefreshTokens refreshTokens;
    private final AccessTokenIssuer issuer;
    private final AccountEvents events;
    private final AuthProperties properties;
    private final Clock clock;

    SessionTokens(JdbcSessions sessions, JdbcRefreshTokens refreshTokens, AccessTokenIssuer issuer,
                  AccountEvents events, AuthProperties properties, Clock clock) {
        this.sessions = sessions;
        this.refreshTokens = refreshTokens;
        this.issuer = issuer;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    TokenPair start(Account account, String device, String ip) {
        UUID sessionId = Uuids.v7();
        sessions.insert(sessionId, account.id(), truncate(device), ip, clock.instant());
        return issue(account, sessionId);
    }

    /** A new access token and a new refresh token in the session's family. */
    TokenPair issue(Account account, UUID sessionId) {
        Instant now = clock.instant();
        String refresh = Tokens.random();
        refreshTokens.insert(Tokens.sha256(refresh), sessionId, account.id(), now, now.plus(properties.refreshTokenTtl()));
        IssuedToken access = issuer.issueForAccount(account.id(), account.kind().claimValue(), account.roles(),
                account.permissions(), account.warehouses(), sessionId);
        return new TokenPair(access.value(), refresh, "Bearer", access.expiresIn(), sessionId);
    }

    boolean revoke(UUID accountId, UUID sessionId, String reason) {
        Instant now = clock.instant();
        if (sessions.revoke(sessionId, reason, now)) {
            events.publish(accountId, revoked(accountId, sessionId, reason, now));
            return true;
        }
        return false;
    }

    void revokeAll(UUID accountId, UUID keep, String reason) {
        Instant now = clock.instant();
        List<UUID> revoked = sessions.revokeAll(accountId, keep, reason, now);
        revoked.forEach(sessionId -> events.publish(accountId, revoked(accountId, sessionId, reason, now)));
    }

    private SessionRevoked revoked(UUID accountId, UUID sessionId, String reason, Instant now) {
        return new SessionRevoked(sessionId, accountId, reason, now,
                now.plus(properties.accessTokenTtl()).plus(properties.clockSkew()));
    }

    private static String truncate(String device) {
        return device == null ? null : device.length() > 200 ? device.substring(0, 200) : device;
    }
}
