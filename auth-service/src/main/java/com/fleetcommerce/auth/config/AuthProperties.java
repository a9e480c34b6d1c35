package com.fleetcommerce.auth.config;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code platform.auth.*}: auth-service's settings (see application.yml for the documented defaults).
 *
 * @param issuer              the {@code iss} of every token, and the base of the discovery document's URLs
 * @param audience            the {@code aud} of every token
 * @param keyEncryptionSecret encrypts private signing keys and TOTP secrets at rest (AES-GCM key = SHA-256 of it)
 * @param keyRotationCheck    how often the scheduled check looks whether the active key is older than the interval
 * @param trustedProxies      remote addresses whose {@code X-Forwarded-For} is believed (the gateway)
 */
@ConfigurationProperties("platform.auth")
public record AuthProperties(
        @DefaultValue("http://127.0.0.1:8081") String issuer,
        @DefaultValue("fleetcommerce") String audience,
        @DefaultValue("15m") Duration accessTokenTtl,
        @DefaultValue("30d") Duration refreshTokenTtl,
        @DefaultValue("60s") Duration clockSkew,
        String keyEncryptionSecret,
        @DefaultValue("30d") Duration keyRotationInterval,
        @DefaultValue("1h") Duration keyRotationCheck,
        @DefaultValue("30m") Duration passwordResetTtl,
        @DefaultValue("48h") Duration emailVerificationTtl,
        @DefaultValue("5m") Duration mfaTokenTtl,
        @DefaultValue("FleetCommerce") String totpIssuer,
        List<String> trustedProxies,
        @DefaultValue Password password,
        @DefaultValue Lockout lockout,
        @DefaultValue RateLimits rateLimits,
        List<Client> clients,
        @DefaultValue Demo demo,
        @DefaultValue Social social) {

    public AuthProperties {
        trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
        clients = clients == null ? List.of() : List.copyOf(clients);
        if (keyEncryptionSecret == null || keyEncryptionSecret.length() < 16) {
            throw new IllegalArgumentException("platform.auth.key-encryption-secret must be at least 16 characters");
        }
    }

    public record Password(@DefaultValue("10") int minLength, @DefaultValue("128") int maxLength,
                           @DefaultValue Argon2 argon2) {
    }

    /** Argon2id cost; tests lower it through their profile, production keeps Spring Security's defaults. */
    public record Argon2(@DefaultValue("16") int saltLength, @DefaultValue("32") int hashLength,
                         @DefaultValue("1") int parallelism, @DefaultValue("16384") int memoryKib,
                         @DefaultValue("2") int iterations) {
    }

    public record Lockout(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration duration) {
    }

    public record RateLimits(@DefaultValue Limit login, @DefaultValue Limit register,
                             @DefaultValue Limit passwordReset) {
    }

    public record Limit(@DefaultValue("20") int limit, @DefaultValue("1m") Duration window) {
    }

    public record Client(String clientId, String secret, List<String> scopes) {
        public Client {
            scopes = scopes == null ? List.of() : List.copyOf(scopes);
        }
    }

    public record Demo(String adminPassword, String customerPassword) {
    }

    /**
     * Social login (Spring Security {@code oauth2Login}; providers are {@code spring.security.oauth2.client.registration.*}).
     *
     * @param redirectUri where the browser goes after a social login, with {@code ?code=} (or {@code ?error=})
     * @param codeTtl     lifetime of that one-time code
     */
    public record Social(@DefaultValue("false") boolean enabled,
                         @DefaultValue("http://localhost:5173/auth/callback") String redirectUri,
                         @DefaultValue("60s") Duration codeTtl) {
    }
}
