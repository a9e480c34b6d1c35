package com.fleetcommerce.auth.account.application;

import java.time.Clock;
import java.time.Instant;

import com.fleetcommerce.auth.account.domain.Account;
import com.fleetcommerce.auth.account.persistence.JdbcOneTimeTokens;
import com.fleetcommerce.auth.config.AuthProperties;
import com.fleetcommerce.shared.events.contracts.auth.EmailVerificationRequested;
import com.fleetcommerce.shared.events.contracts.auth.PasswordResetRequested;
import com.fleetcommerce.auth.crypto.Tokens;
import org.springframework.stereotype.Component;

/**
 * Creates single-use tokens and the delivery requests that carry them to notification-service: the raw token only
 * travels in the event, the table keeps its hash. A new request makes earlier open tokens of the same kind useless.
 */
@Component
class VerificationMails {

    static final String PASSWORD_RESET = "PASSWORD_RESET";
    static final String EMAIL_VERIFICATION = "EMAIL_VERIFICATION";

    private final JdbcOneTimeTokens tokens;
    private final AccountEvents events;
    private final AuthProperties properties;
    private final Clock clock;

    VerificationMails(JdbcOneTimeTokens tokens, AccountEvents events, AuthProperties properties, Clock clock) {
        this.tokens = tokens;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    void requestEmailVerification(Account account) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(properties.emailVerificationTtl());
        String token = create(account, EMAIL_VERIFICATION, now, expiresAt);
        events.publish(account.id(), new EmailVerificationRequested(account.id(), account.email(), token, expiresAt));
    }

    /** {@code invite}: a staff account's first password; the link lives as long as a verification link. */
    void requestPasswordReset(Account account, boolean invite) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(invite ? properties.emailVerificationTtl() : properties.passwordResetTtl());
        String token = create(account, PASSWORD_RESET, now, expiresAt);
        events.publish(account.id(), new PasswordResetRequested(account.id(), account.email(), token, expiresAt, invite));
    }

    private String create(Account account, String purpose, Instant now, Instant expiresAt) {
        tokens.invalidateOpen(account.id(), purpose, now);
        String token = Tokens.random();
        tokens.insert(Tokens.sha256(token), purpose, account.id(), now, expiresAt);
        return token;
    }
}
