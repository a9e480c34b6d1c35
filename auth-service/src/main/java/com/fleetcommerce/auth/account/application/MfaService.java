package com.fleetcommerce.auth.account.application;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.UUID;

import com.fleetcommerce.auth.account.domain.Account;
import com.fleetcommerce.auth.account.domain.Base32;
import com.fleetcommerce.auth.account.domain.Totp;
import com.fleetcommerce.auth.account.persistence.JdbcAccounts;
import com.fleetcommerce.auth.account.persistence.JdbcRecoveryCodes;
import com.fleetcommerce.auth.config.AuthProperties;
import com.fleetcommerce.auth.crypto.SecretBox;
import com.fleetcommerce.auth.crypto.Tokens;
import com.fleetcommerce.shared.web.problem.ConflictException;
import com.fleetcommerce.shared.web.problem.ResourceNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * TOTP enrolment: a 160-bit secret is generated and stored encrypted (pending); a correct code confirms it and
 * yields 10 single-use recovery codes (stored as SHA-256: they are random, 50 bits each, and rate-limited by the
 * lockout). Disabling needs the password.
 */
@Service
public class MfaService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    static final int RECOVERY_CODES = 10;

    private final JdbcAccounts accounts;
    private final JdbcRecoveryCodes recoveryCodes;
    private final Passwords passwords;
    private final SecretBox secretBox;
    private final AuthProperties properties;
    private final Clock clock;

    MfaService(JdbcAccounts accounts, JdbcRecoveryCodes recoveryCodes, Passwords passwords, SecretBox secretBox,
               AuthProperties properties, Clock clock) {
        this.accounts = accounts;
        this.recoveryCodes = recoveryCodes;
        this.passwords = passwords;
        this.secretBox = secretBox;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public TotpEnrolment enrol(UUID accountId) {
        Account account = load(accountId);
        if (account.totpEnabled()) {
            throw new ConflictException("mfa-already-enabled", "Two-factor authentication is already enabled", java.util.Map.of());
        }
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        accounts.save(account.enrollingTotp(secretBox.seal(secret)), clock.instant());
        String base32 = Base32.encode(secret);
        String issuer = URLEncoder.encode(properties.totpIssuer(), StandardCharsets.UTF_8).replace("+", "%20");
        String label = issuer + ":" + URLEncoder.encode(account.email(), StandardCharsets.UTF_8);
        return new TotpEnrolment(base32, "otpauth://totp/" + label + "?secret=" + base32 + "&issuer=" + issuer
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS);
    }

    @Transactional
    public List<String> confirm(UUID accountId, String code) {
        Account account = load(accountId);
        if (account.totpEnabled()) {
            throw new ConflictException("mfa-already-enabled", "Two-factor authentication is already enabled", java.util.Map.of());
        }
        if (account.totpSecret() == null) {
            throw new ConflictException("mfa-not-enrolling", "Start the enrolment first", java.util.Map.of());
        }
        Instant now = clock.instant();
        OptionalLong step = Totp.verify(secretBox.open(account.totpSecret()), code, now, null);
        if (step.isEmpty()) {
            throw new InvalidMfaCodeException();
        }
        accounts.save(account.totpConfirmed(step.getAsLong()), now);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            codes.add(newRecoveryCode());
        }
        recoveryCodes.replace(accountId, codes.stream().map(MfaService::recoveryCodeHash).toList());
        return codes;
    }

    @Transactional
    public void disable(UUID accountId, String password) {
        Account account = load(accountId);
        if (!passwords.matches(password, account.passwordHash())) {
            throw new WrongPasswordException();
        }
        accounts.save(account.totpDisabled(), clock.instant());
        recoveryCodes.deleteAll(accountId);
    }

    /** Case and dashes do not matter when typing a recovery code back. */
    static String recoveryCodeHash(String code) {
        return Tokens.sha256(code.replace("-", "").replace(" ", "").toLowerCase(Locale.ROOT));
    }

    private static String newRecoveryCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
        }
        return code.toString();
    }

    private Account load(UUID accountId) {
        return accounts.findForUpdate(accountId)
                .orElseThrow(() -> new ResourceNotFoundException("account", accountId.toString()));
    }
}
