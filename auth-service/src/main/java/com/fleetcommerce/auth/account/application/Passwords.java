package com.fleetcommerce.auth.account.application;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import com.fleetcommerce.auth.account.domain.PasswordPolicy;
import com.fleetcommerce.auth.config.AuthProperties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Hashing (the delegating encoder: Argon2id for new hashes), the password policy, and the dummy comparison that makes
 * a login for an unknown email cost the same time as one for a known email.
 */
@Component
public class Passwords {

    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final String dummyHash;

    public Passwords(PasswordEncoder encoder, AuthProperties properties) {
        this.encoder = encoder;
        this.policy = new PasswordPolicy(properties.password().minLength(), properties.password().maxLength(),
                commonPasswords());
        this.dummyHash = encoder.encode("dummy-password-for-timing-" + System.nanoTime());
    }

    public void requireAcceptable(String password, String email) {
        policy.violation(password, email).ifPresent(reason -> {
            throw new WeakPasswordException(reason);
        });
    }

    public String hash(String password) {
        return encoder.encode(password);
    }

    /** Compares; a null hash (no password set) still costs one comparison and fails. */
    public boolean matches(String password, String hash) {
        if (password == null) {
            return false;
        }
        if (hash == null) {
            encoder.matches(password, dummyHash);
            return false;
        }
        return encoder.matches(password, hash);
    }

    public void burnTime(String password) {
        encoder.matches(password == null ? "" : password, dummyHash);
    }

    public boolean needsUpgrade(String hash) {
        return hash != null && encoder.upgradeEncoding(hash);
    }

    private static Set<String> commonPasswords() {
        try (InputStream in = new ClassPathResource("common-passwords.txt").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::trim).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new IllegalStateException("common-passwords.txt is missing", e);
        }
    }
}
