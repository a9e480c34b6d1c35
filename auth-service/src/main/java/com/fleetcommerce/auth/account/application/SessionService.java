package com.fleetcommerce.auth.account.application;

import java.util.List;
import java.util.UUID;

import com.fleetcommerce.auth.account.domain.Account;
import com.fleetcommerce.auth.account.persistence.JdbcAccounts;
import com.fleetcommerce.auth.account.persistence.JdbcSessions;
import com.fleetcommerce.auth.account.persistence.SessionRow;
import com.fleetcommerce.shared.web.problem.ResourceNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The caller's own account and sessions. */
@Service
public class SessionService {

    private final JdbcAccounts accounts;
    private final JdbcSessions sessions;
    private final SessionTokens sessionTokens;

    SessionService(JdbcAccounts accounts, JdbcSessions sessions, SessionTokens sessionTokens) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.sessionTokens = sessionTokens;
    }

    @Transactional(readOnly = true)
    public AccountView me(UUID accountId) {
        Account account = accounts.find(accountId)
                .orElseThrow(() -> new ResourceNotFoundException("account", accountId.toString()));
        return new AccountView(account.id(), account.email(), account.phone(), account.kind().name(),
                account.status().name(), account.emailVerified(), account.totpEnabled(), account.roles(),
                account.permissions());
    }

    @Transactional(readOnly = true)
    public List<SessionView> list(UUID accountId, UUID currentSession) {
        return sessions.findLive(accountId).stream()
                .map(s -> new SessionView(s.id(), s.device(), s.ip(), s.createdAt(), s.lastUsedAt(),
                        s.id().equals(currentSession)))
                .toList();
    }

    /**
     * Another account's sessions, for staff tools (user-service): live ones and those ended in the last 30 days,
     * newest first (at most 100). An unknown account is a 404.
     */
    @Transactional(readOnly = true)
    public List<AccountSessionView> sessionsOf(UUID accountId, java.time.Instant now) {
        accounts.find(accountId).orElseThrow(() -> new ResourceNotFoundException("account", accountId.toString()));
        return sessions.findRecent(accountId, now.minus(java.time.Duration.ofDays(30)), 100).stream()
                .map(s -> new AccountSessionView(s.id(), s.device(), s.ip(), s.createdAt(), s.lastUsedAt(),
                        s.revokedAt()))
                .toList();
    }

    @Transactional
    public void logout(UUID accountId, UUID sessionId) {
        sessionTokens.revoke(accountId, sessionId, "logout");
    }

    @Transactional
    public void logoutAll(UUID accountId) {
        sessionTokens.revokeAll(accountId, null, "logout-all");
    }

    /** Another account's session answers 404, exactly like a session that does not exist. */
    @Transactional
    public void revoke(UUID accountId, UUID sessionId) {
        SessionRow session = sessions.findForUpdate(sessionId)
                .filter(s -> s.accountId().equals(accountId) && !s.isRevoked())
                .orElseThrow(() -> new ResourceNotFoundException("session", sessionId.toString()));
        sessionTokens.revoke(accountId, session.id(), "revoked-by-user");
    }
}
