package com.fleetcommerce.auth.account.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.auth.account.domain.Account;
import com.fleetcommerce.auth.account.domain.AccountKind;
import com.fleetcommerce.auth.account.domain.AccountRuleViolation;
import com.fleetcommerce.auth.account.domain.AccountStatus;
import com.fleetcommerce.auth.account.domain.EmailAddresses;
import com.fleetcommerce.auth.account.persistence.JdbcAccounts;
import com.fleetcommerce.shared.events.contracts.auth.AccountRegistered;
import com.fleetcommerce.shared.events.contracts.auth.AccountStatusChanged;
import com.fleetcommerce.shared.events.core.Uuids;
import com.fleetcommerce.shared.web.problem.BusinessRuleException;
import com.fleetcommerce.shared.web.problem.ConflictException;
import com.fleetcommerce.shared.web.problem.ResourceNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service-internal API (user-service, scope {@code accounts:write}): staff accounts and their authorities, which
 * are a replica of what user-service owns; and enabling/disabling accounts. Also the idempotent demo accounts.
 */
@Service
public class AccountAdminService {

    private final JdbcAccounts accounts;
    private final Passwords passwords;
    private final SessionTokens sessionTokens;
    private final VerificationMails mails;
    private final AccountEvents events;
    private final Clock clock;

    AccountAdminService(JdbcAccounts accounts, Passwords passwords, SessionTokens sessionTokens, VerificationMails mails,
                        AccountEvents events, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.sessionTokens = sessionTokens;
        this.mails = mails;
        this.events = events;
        this.clock = clock;
    }

    /** A staff account without a password: the invite is a password-reset link ({@code invite: true}). */
    @Transactional
    public UUID createStaff(String email, String phone, List<String> roles, List<String> permissions,
                            List<UUID> warehouses) {
        Instant now = clock.instant();
        Account account = Account.newStaff(Uuids.v7(), EmailAddresses.normalize(email), phone, roles, permissions,
                warehouses);
        if (!accounts.insertIfAbsent(account, now)) {
            throw new ConflictException("email-taken", "An account with this email address exists", Map.of());
        }
        events.publish(account.id(), new AccountRegistered(account.id(), account.email(), account.phone(),
                account.kind().name(), now));
        mails.requestPasswordReset(account, true);
        return account.id();
    }

    /** Takes effect in tokens issued afterwards (next login or refresh). */
    @Transactional
    public void replaceAuthorities(UUID accountId, List<String> roles, List<String> permissions,
                                   List<UUID> warehouses) {
        Account account = load(accountId);
        try {
            accounts.save(account.withAuthorities(roles, permissions, warehouses), clock.instant());
        } catch (AccountRuleViolation violation) {
            throw new BusinessRuleException(violation.code(), violation.getMessage());
        }
    }

    /** Disabling ends every session at once (auth-service refuses their access tokens; the event tells the gateway). */
    @Transactional
    public void setEnabled(UUID accountId, boolean enabled) {
        Account account = load(accountId);
        AccountStatus status = enabled ? AccountStatus.ACTIVE : AccountStatus.DISABLED;
        if (account.status() == status) {
            return;
        }
        Instant now = clock.instant();
        accounts.save(account.withStatus(status), now);
        if (!enabled) {
            sessionTokens.revokeAll(accountId, null, "account-disabled");
        }
        events.publish(accountId, new AccountStatusChanged(accountId, status.name(), now));
    }

    /** customer-service deleted this customer's data: the account is disabled (an unknown account is skipped). */
    @Transactional
    public void disableDeletedCustomer(UUID accountId) {
        if (accounts.find(accountId).isPresent()) {
            setEnabled(accountId, false);
        }
    }

    /** Demo data: creates the account with a known password if the email is free; never touches an existing one. */
    @Transactional
    public boolean ensureDemoAccount(String email, String password, AccountKind kind, List<String> roles,
                                     List<String> permissions) {
        Instant now = clock.instant();
        String normalized = EmailAddresses.normalize(email);
        if (accounts.findByEmail(normalized).isPresent()) {
            return false;
        }
        Account account = (kind == AccountKind.STAFF
                ? Account.newStaff(Uuids.v7(), normalized, null, roles, permissions, List.of())
                : Account.newCustomer(Uuids.v7(), normalized, null, null))
                .passwordReset(passwords.hash(password));
        if (!accounts.insertIfAbsent(account, now)) {
            return false;
        }
        events.publish(account.id(), new AccountRegistered(account.id(), account.email(), null, kind.name(), now));
        return true;
    }

    private Account load(UUID accountId) {
        return accounts.findForUpdate(accountId)
                .orElseThrow(() -> new ResourceNotFoundException("account", accountId.toString()));
    }
}
