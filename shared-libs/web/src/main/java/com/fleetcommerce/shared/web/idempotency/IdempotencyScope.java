package com.fleetcommerce.shared.web.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * What an idempotency key is unique within: the caller and the route ({@code POST /api/v1/orders}). The same key
 * sent by another caller or to another route is another request.
 */
public record IdempotencyScope(String key, String caller, String route) {

    /** SHA-256 of caller and route: a fixed-size primary key part, however long a path or principal name is. */
    public byte[] hash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(caller.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(route.getBytes(StandardCharsets.UTF_8));
            return digest.digest();
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is a mandatory JDK algorithm", ex);
        }
    }
}
