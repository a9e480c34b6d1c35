package com.fleetcommerce.auth.account.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import com.fleetcommerce.auth.account.domain.Account;
import com.fleetcommerce.auth.account.domain.AccountStatus;
import com.fleetcommerce.auth.account.domain.EmailAddresses;
import com.fleetcommerce.auth.account.persistence.JdbcAccounts;
import com.fleetcommerce.auth.account.persistence.JdbcOneTimeTokens;
import com.fleetcommerce.auth.account.persistence.JdbcSocialIdentities;
import com.fleetcommerce.auth.config.AuthProperties;
import com.fleetcommerce.shared.events.contracts.auth.AccountRegistered;
import com.fleetcommerce.shared.events.contracts.auth.AccountVerified;
import com.fleetcommerce.auth.crypto.Tokens;
import com.fleetcommerce.shared.events.core.Uuids;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Social login (Google, Apple, Facebook through Spring's oauth2Login): finds or creates the account for a provider
 * identity and hands the browser a one-time code (60 s, stored hashed) that the SPA exchanges for the token pair, so
 * no token ever travels in a redirect URL.
 * <p>
 * Linking rule: a provider identity is linked to an existing account with the same email only when the provider says
 * the email is verified (OIDC {@code email_verified}); otherwise anyone who can get an unverified address accepted by
 * a provider could take over that account. Without an existing account a new customer account is created (its email
 * counts as verified only if the provider verified it); it has no password until its owner resets one.
 */
@Service
public class SocialLoginService {

    static final String SOCIAL_LOGIN = "SOCIAL_LOGIN";

    private final JdbcAccounts accounts;
    private final JdbcSocialIdentities identities;
    private final JdbcOneTimeTokens tokens;
    private final SessionTokens sessionTokens;
    private final AccountEvents events;
    private final AuthProperties properties;
    private final Clock clock;

    SocialLoginService(JdbcAccounts accounts, JdbcSocialIdentities identities, JdbcOneTimeTokens tokens,
                       SessionTokens sessionTokens, AccountEvents events, AuthProperties properties, Clock clock) {
        this.accounts = accounts;
        this.identities = identities;
        this.tokens = tokens;
        this.sessionTokens = sessionTokens;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /** Returns the raw one-time code for the SPA; throws {@link SocialLoginRefusedException}. */
    @Transactional
    public String completeLogin(String provider, String subject, String email, boolean emailVerified) {
        Instant now = clock.instant();
        Account account = identities.findAccount(provider, subject).flatMap(accounts::findForUpdate)
                .orElseGet(() -> linkOrCreate(provider, subject, EmailAddresses.normalize(email), emailVerified, now));
        if (account.status() == AccountStatus.DISABLED) {
            throw new SocialLoginRefusedException("account_disabled");
        }
        String code = Tokens.random();
        tokens.insert(Tokens.sha256(code), SOCIAL_LOGIN, account.id(), now, now.plus(properties.social().codeTtl()));
        return code;
    }

    /** The SPA's exchange: the code works once, within its lifetime; TOTP accounts still need their second step. */
    @Transactional
    public LoginResult exchange(String code, String ip) {
        Instant now = clock.instant();
        UUID accountId = tokens.consume(Tokens.sha256(code == null ? "" : code), SOCIAL_LOGIN, now)
                .orElseThrow(InvalidTokenException::new);
        Account account = accounts.find(accountId).filter(a -> a.status() != AccountStatus.DISABLED)
                .orElseThrow(InvalidTokenException::new);
        if (account.totpEnabled()) {
            String mfaToken = Tokens.random();
            tokens.insert(Tokens.sha256(mfaToken), LoginService.MFA_LOGIN, accountId, now, now.plus(properties.mfaTokenTtl()));
            return new LoginResult(null, mfaToken);
        }
        return new LoginResult(sessionTokens.start(account, "social login", ip), null);
    }

    private Account linkOrCreate(String provider, String subject, String email, boolean emailVerified, Instant now) {
        if (email == null || email.isBlank()) {
            throw new SocialLoginRefusedException("email_required");
        }
        Optional<Account> existing = accounts.findByEmailForUpdate(email);
        Account account;
        if (existing.isPresent()) {
            if (!emailVerified) {
                throw new SocialLoginRefusedException("email_not_verified");
            }
            account = existing.get();
            if (!account.emailVerified()) {
                account = account.verified();
                accounts.save(account, now);
                events.publish(account.id(), new AccountVerified(account.id(), email, now));
            }
        } else {
            Account fresh = Account.newCustomer(Uuids.v7(), email, null, null);
            account = emailVerified ? fresh.verified() : fresh;
            if (!accounts.insertIfAbsent(account, now)) {
                // registered by someone else in the meantime: treat like an existing account on the next attempt
                throw new SocialLoginRefusedException("try_again");
            }
            events.publish(account.id(), new AccountRegistered(account.id(), email, null, account.kind().name(), now));
        }
        identities.link(provider, subject, account.id(), email, now);
        return account;
    }
}
