package com.fleetcommerce.customer.verification.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Hashes codes with HMAC-SHA256 under a server secret, bound to the customer and channel. A plain hash of a 6-digit
 * code would be reversed by trying all million values; without the secret a leaked table reveals nothing.
 */
public final class CodeHasher {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] secret;

    public CodeHasher(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("customer.verification.hash-secret must be set");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    /** A uniformly random 6-digit code, leading zeros kept. */
    public static String newCode() {
        return "%06d".formatted(RANDOM.nextInt(1_000_000));
    }

    public String hash(UUID customerId, VerificationChannel channel, String code) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] digest = mac.doFinal((customerId + ":" + channel + ":" + code).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** Constant-time comparison, so response timing does not reveal how much of a hash matched. */
    static boolean sameHash(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
