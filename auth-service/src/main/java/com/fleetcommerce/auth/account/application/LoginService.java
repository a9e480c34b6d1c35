package com.fleetcommerce.auth.account.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import com.fleetcommerce.auth.account.domain.Account;
import com.fleetcommerce.auth.account.domain.AccountStatus;
import com.fleetcommerce.auth.account.domain.EmailAddresses;
import com.fleetcommerce.auth.account.domain.Totp;
import com.fleetcommerce.auth.account.persistence.JdbcAccounts;
import com.fleetcommerce.auth.account.persistence.JdbcOneTimeTokens;
import com.fleetcommerce.auth.account.persistence.JdbcRecoveryCodes;
import com.fleetcommerce.auth.account.persistence.JdbcRefreshTokens;
import com.fleetcommerce.auth.account.persistence.JdbcSessions;
import com.fleetcommerce.auth.account.persistence.RefreshTokenRow;
import com.fleetcommerce.auth.account.persistence.SessionRow;
import com.fleetcommerce.auth.config.AuthProperties;
import com.fleetcommerce.shared.events.contracts.auth.AccountLocked;
import com.fleetcommerce.auth.crypto.SecretBox;
import com.fleetcommerce.auth.crypto.Tokens;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Password login (with the lockout), the TOTP second step, and refresh-token rotation with reuse detection.
 * Failed attempts must be remembered, so the failure exceptions do not roll the transaction back.
 */
@Service
public class LoginService {

    static final String MFA_LOGIN = "MFA_LOGIN";

    private final JdbcAccounts accounts;
    private final JdbcSessions sessions;
    private final JdbcRefreshTokens refreshTokens;
    private final JdbcOneTimeTokens oneTimeTokens;
    private final JdbcRecoveryCodes recoveryCodes;
    private final Passwords passwords;
    private final SessionTokens sessionTokens;
    private final AccountEvents events;
    private final SecretBox secretBox;
    private final AuthProperties properties;
    private final Clock clock;

    LoginService(JdbcAccounts accounts, JdbcSessions sessions, JdbcRefreshTokens refreshTokens,
                 JdbcOneTimeTokens oneTimeTokens, JdbcRecoveryCodes recoveryCodes, Passwords passwords,
                 SessionTokens sessionTokens, AccountEvents events, SecretBox secretBox, AuthProperties properties,
                 Clock clock) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.refreshTokens = refreshTokens;
        this.oneTimeTokens = oneTimeTokens;
        this.recoveryCodes = recoveryCodes;
        this.passwords = passwords;
        this.sessionTokens = sessionTokens;
        this.events = events;
        this.secretBox = secretBox;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(noRollbackFor = InvalidCredentialsException.class)
    public LoginResult login(String email, String password, String device, String ip) {
        Instant now = clock.instant();
        Optional<Account> found = accounts.findByEmailForUpdate(EmailAddresses.normalize(email));
        if (found.isEmpty()) {
            passwords.burnTime(password);
            throw new InvalidCredentialsException();
        }
        Account account = found.get();
        if (!account.canLogInAt(now)) {
            passwords.burnTime(password);       // locked or disabled: same work, same answer as a wrong password
            throw new InvalidCredentialsException();
        }
        if (!passwords.matches(password, account.passwordHash())) {
            fail(account, now);
        }
        Account loggedIn = account.succeededLogin();
        if (passwords.needsUpgrade(loggedIn.passwordHash())) {
            loggedIn = loggedIn.withPasswordHash(passwords.hash(password));
        }
        accounts.save(loggedIn, now);
        if (loggedIn.totpEnabled()) {
            String mfaToken = Tokens.random();
            oneTimeTokens.insert(Tokens.sha256(mfaToken), MFA_LOGIN, account.id(), now, now.plus(properties.mfaTokenTtl()));
            return new LoginResult(null, mfaToken);
        }
        return new LoginResult(sessionTokens.start(loggedIn, device, ip), null);
    }

    /**
     * The second step: a TOTP code (never one of an already used step) or a recovery code (single use). Wrong codes
     * count as failed logins, so the lockout also caps guessing of the 6 digits; the MFA token survives a wrong code
     * until it expires.
     */
    @Transactional(noRollbackFor = InvalidCredentialsException.class)
    public TokenPair loginWithMfa(String mfaToken, String code, String recoveryCode, String device, String ip) {
        Instant now = clock.instant();
        String hash = Tokens.sha256(mfaToken == null ? "" : mfaToken);
        UUID accountId = oneTimeTokens.peek(hash, MFA_LOGIN, now).orElseThrow(InvalidCredentialsException::new);
        Account account = accounts.findForUpdate(accountId).orElseThrow(InvalidCredentialsException::new);
        if (!account.canLogInAt(now) || !account.totpEnabled()) {
            throw new InvalidCredentialsException();
        }
        Account verified;
        if (recoveryCode != null && !recoveryCode.isBlank()) {
            if (!recoveryCodes.use(accountId, MfaService.recoveryCodeHash(recoveryCode), now)) {
                fail(account, now);
            }
            verified = account;
        } else {
            OptionalLong step = Totp.verify(secretBox.open(account.totpSecret()), code, now, account.totpLastStep());
            if (step.isEmpty()) {
                fail(account, now);
            }
            verified = account.totpUsed(step.getAsLong());
        }
        oneTimeTokens.consume(hash, MFA_LOGIN, now);
        Account loggedIn = verified.succeededLogin();
        accounts.save(loggedIn, now);
        return sessionTokens.start(loggedIn, device, ip);
    }

    /**
     * Rotation: the presented token is marked used and a new one in the same family (session) is issued. Presenting
     * a used token means it was stolen (or the client replayed it): the whole session is revoked. The row lock makes
     * two concurrent refreshes with one token serialise: the second sees it used.
     */
    @Transactional(noRollbackFor = InvalidRefreshTokenException.class)
    public TokenPair refresh(String refreshToken, String ip) {
        Instant now = clock.instant();
        String hash = Tokens.sha256(refreshToken == null ? "" : refreshToken);
        RefreshTokenRow row = refreshTokens.findForUpdate(hash).orElseThrow(InvalidRefreshTokenException::new);
        SessionRow session = sessions.findForUpdate(row.sessionId()).orElseThrow(InvalidRefreshTokenException::new);
        if (row.usedAt() != null) {
            sessionTokens.revoke(row.accountId(), session.id(), "refresh-token-reuse");
            throw new InvalidRefreshTokenException();
        }
        if (session.isRevoked() || !now.isBefore(row.expiresAt())) {
            throw new InvalidRefreshTokenException();
        }
        Account account = accounts.find(row.accountId()).orElseThrow(InvalidRefreshTokenException::new);
        if (account.status() == AccountStatus.DISABLED) {
            throw new InvalidRefreshTokenException();
        }
        refreshTokens.markUsed(hash, now);
        sessions.touch(session.id(), ip, now);
        return sessionTokens.issue(account, session.id());
    }

    private void fail(Account account, Instant now) {
        Account failed = account.failedLogin(now, properties.lockout().maxFailures(), properties.lockout().duration());
        accounts.save(failed, now);
        if (failed.isLocked() && !account.isLocked()) {
            events.publish(account.id(), new AccountLocked(account.id(), failed.lockedUntil(), now));
        }
        throw new InvalidCredentialsException();
    }
}
