package com.fleetcommerce.auth.account.application;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import com.fleetcommerce.auth.account.domain.Account;
import com.fleetcommerce.auth.account.domain.AccountStatus;
import com.fleetcommerce.auth.account.domain.EmailAddresses;
import com.fleetcommerce.auth.account.persistence.JdbcAccounts;
import com.fleetcommerce.auth.account.persistence.JdbcOneTimeTokens;
import com.fleetcommerce.shared.events.contracts.auth.PasswordChanged;
import com.fleetcommerce.auth.crypto.Tokens;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Password change (knows the current one; other sessions end), reset request (same answer whether or not the email
 * exists) and reset with a single-use token (every session ends, a lockout is lifted).
 */
@Service
public class PasswordService {

    private final JdbcAccounts accounts;
    private final JdbcOneTimeTokens tokens;
    private final Passwords passwords;
    private final SessionTokens sessionTokens;
    private final VerificationMails mails;
    private final AccountEvents events;
    private final Clock clock;

    PasswordService(JdbcAccounts accounts, JdbcOneTimeTokens tokens, Passwords passwords, SessionTokens sessionTokens,
                    VerificationMails mails, AccountEvents events, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwords = passwords;
        this.sessionTokens = sessionTokens;
        this.mails = mails;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void change(UUID accountId, UUID currentSession, String currentPassword, String newPassword) {
        Account account = accounts.findForUpdate(accountId).orElseThrow(InvalidCredentialsException::new);
        if (!passwords.matches(currentPassword, account.passwordHash())) {
            throw new WrongPasswordException();
        }
        passwords.requireAcceptable(newPassword, account.email());
        Instant now = clock.instant();
        accounts.save(account.withPasswordHash(passwords.hash(newPassword)), now);
        sessionTokens.revokeAll(accountId, currentSession, "password-changed");
        events.publish(accountId, new PasswordChanged(accountId, "CHANGE", now));
    }

    @Transactional
    public void requestReset(String email) {
        accounts.findByEmail(EmailAddresses.normalize(email))
                .filter(account -> account.status() != AccountStatus.DISABLED)
                .ifPresent(account -> mails.requestPasswordReset(account, false));
    }

    @Transactional
    public void reset(String token, String newPassword) {
        Instant now = clock.instant();
        String hash = Tokens.sha256(token == null ? "" : token);
        UUID accountId = tokens.peek(hash, VerificationMails.PASSWORD_RESET, now).orElseThrow(InvalidTokenException::new);
        Account account = accounts.findForUpdate(accountId).orElseThrow(InvalidTokenException::new);
        // the policy first: a refused password must not use the token up
        passwords.requireAcceptable(newPassword, account.email());
        if (tokens.consume(hash, VerificationMails.PASSWORD_RESET, now).isEmpty()) {
            throw new InvalidTokenException();
        }
        accounts.save(account.passwordReset(passwords.hash(newPassword)), now);
        sessionTokens.revokeAll(accountId, null, "password-reset");
        events.publish(accountId, new PasswordChanged(accountId, "RESET", now));
    }
}
