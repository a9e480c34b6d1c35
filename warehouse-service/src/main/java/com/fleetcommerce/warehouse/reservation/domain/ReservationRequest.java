package com.fleetcommerce.warehouse.reservation.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

import com.fleetcommerce.warehouse.warehouse.domain.GeoPoint;

/**
 * What a caller asks to reserve. The key makes the request idempotent: a repeat with the same key and the same
 * request (same {@link #fingerprint()}) is answered with the first reservation.
 */
public record ReservationRequest(String key, List<RequestedLine> lines, GeoPoint shipTo, int ttlSeconds) {

    public static final int MIN_TTL_SECONDS = 30;
    public static final int MAX_TTL_SECONDS = 86_400;
    public static final int DEFAULT_TTL_SECONDS = 900;
    public static final int MAX_LINES = 100;

    public ReservationRequest {
        if (key == null || key.isBlank() || key.length() > 200) {
            throw new IllegalArgumentException("reservation key must be 1..200 characters");
        }
        lines = List.copyOf(lines);
        if (lines.isEmpty() || lines.size() > MAX_LINES) {
            throw new IllegalArgumentException("a reservation has 1.." + MAX_LINES + " lines");
        }
        if (new HashSet<>(lines.stream().map(RequestedLine::sku).toList()).size() != lines.size()) {
            throw new IllegalArgumentException("each SKU appears on one line only");
        }
        if (ttlSeconds < MIN_TTL_SECONDS || ttlSeconds > MAX_TTL_SECONDS) {
            throw new IllegalArgumentException("ttl must be within [" + MIN_TTL_SECONDS + ", " + MAX_TTL_SECONDS + "]");
        }
    }

    /** SHA-256 of the request in a canonical form (lines sorted by SKU), so line order does not matter. */
    public String fingerprint() {
        StringBuilder canonical = new StringBuilder(key).append('\n');
        lines.stream().sorted(Comparator.comparing(RequestedLine::sku))
                .forEach(l -> canonical.append(l.sku()).append('=').append(l.quantity()).append('\n'));
        canonical.append(shipTo == null ? "-" : shipTo.latitude() + "," + shipTo.longitude()).append('\n');
        canonical.append(ttlSeconds);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every JDK", impossible);
        }
    }

    public List<String> skus() {
        return lines.stream().map(RequestedLine::sku).map(Objects::requireNonNull).toList();
    }
}
