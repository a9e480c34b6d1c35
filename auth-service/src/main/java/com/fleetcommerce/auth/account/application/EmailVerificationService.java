package com.fleetcommerce.auth.account.application;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import com.fleetcommerce.auth.account.domain.Account;
import com.fleetcommerce.auth.account.persistence.JdbcAccounts;
import com.fleetcommerce.auth.account.persistence.JdbcOneTimeTokens;
import com.fleetcommerce.shared.events.contracts.auth.AccountVerified;
import com.fleetcommerce.auth.crypto.Tokens;
import com.fleetcommerce.shared.web.problem.ResourceNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class EmailVerificationService {

    private final JdbcAccounts accounts;
    private final JdbcOneTimeTokens tokens;
    private final VerificationMails mails;
    private final AccountEvents events;
    private final Clock clock;

    EmailVerificationService(JdbcAccounts accounts, JdbcOneTimeTokens tokens, VerificationMails mails,
                             AccountEvents events, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.mails = mails;
        this.events = events;
        this.clock = clock;
    }

    /** Sends a new link unless the address is already verified (then nothing happens). */
    @Transactional
    public void request(UUID accountId) {
        Account account = accounts.findForUpdate(accountId)
                .orElseThrow(() -> new ResourceNotFoundException("account", accountId.toString()));
        if (!account.emailVerified()) {
            mails.requestEmailVerification(account);
        }
    }

    @Transactional
    public void verify(String token) {
        Instant now = clock.instant();
        UUID accountId = tokens.consume(Tokens.sha256(token == null ? "" : token), VerificationMails.EMAIL_VERIFICATION, now)
                .orElseThrow(InvalidTokenException::new);
        Account account = accounts.findForUpdate(accountId).orElseThrow(InvalidTokenException::new);
        if (!account.emailVerified()) {
            accounts.save(account.verified(), now);
            events.publish(accountId, new AccountVerified(accountId, account.email(), now));
        }
    }
}
