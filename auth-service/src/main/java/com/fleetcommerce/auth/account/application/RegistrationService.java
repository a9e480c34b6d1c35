package com.fleetcommerce.auth.account.application;

import java.time.Clock;
import java.time.Instant;

import com.fleetcommerce.auth.account.domain.Account;
import com.fleetcommerce.auth.account.domain.EmailAddresses;
import com.fleetcommerce.auth.account.persistence.JdbcAccounts;
import com.fleetcommerce.shared.events.contracts.auth.AccountRegistered;
import com.fleetcommerce.shared.events.core.Uuids;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customer self-registration. The answer is the same whether the address was new or already registered (no account
 * enumeration): for a known address nothing is stored and nothing is sent. The password is hashed either way, so the
 * time taken does not tell the difference either.
 */
@Service
public class RegistrationService {

    private final JdbcAccounts accounts;
    private final Passwords passwords;
    private final AccountEvents events;
    private final VerificationMails mails;
    private final Clock clock;

    RegistrationService(JdbcAccounts accounts, Passwords passwords, AccountEvents events, VerificationMails mails,
                        Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.events = events;
        this.mails = mails;
        this.clock = clock;
    }

    @Transactional
    public void register(String email, String password, String phone) {
        String normalized = EmailAddresses.normalize(email);
        passwords.requireAcceptable(password, normalized);
        String hash = passwords.hash(password);
        Instant now = clock.instant();
        Account account = Account.newCustomer(Uuids.v7(), normalized, phone, hash);
        if (!accounts.insertIfAbsent(account, now)) {
            return;
        }
        events.publish(account.id(), new AccountRegistered(account.id(), account.email(), account.phone(),
                account.kind().name(), now));
        mails.requestEmailVerification(account);
    }
}
