package com.fleetcommerce.shared.web.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import com.fleetcommerce.shared.web.problem.PreconditionFailedException;
import com.fleetcommerce.shared.web.problem.PreconditionRequiredException;

/**
 * Entity versions as strong ETags ({@code "7"}) and the {@code If-Match} checks built on them, so an update that
 * was prepared against an old version is refused instead of silently overwriting someone else's change.
 *
 * <pre>{@code
 * return ResponseEntity.ok().eTag(ETags.of(product.version())).body(dto);
 * ...
 * long expected = ETags.requireIfMatch(ifMatch);          // 428 when missing
 * ETags.checkIfMatch(ifMatch, product.version());          // 412 when stale
 * }</pre>
 */
public final class ETags {

    private ETags() {
    }

    /** The strong ETag for a version: {@code "7"} (quotes included, as the header carries it). */
    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The version a strong ETag names; empty for weak, malformed or non-numeric tags. */
    public static OptionalLong parseVersion(String etag) {
        if (etag == null) {
            return OptionalLong.empty();
        }
        String tag = etag.trim();
        if (tag.length() < 3 || tag.charAt(0) != '"' || tag.charAt(tag.length() - 1) != '"') {
            return OptionalLong.empty();
        }
        String digits = tag.substring(1, tag.length() - 1);
        if (digits.isEmpty() || digits.length() > 19 || !digits.chars().allMatch(Character::isDigit)) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(digits));
        }
        catch (NumberFormatException ex) {
            return OptionalLong.empty();
        }
    }

    /**
     * Parses an {@code If-Match} value. Weak tags never match (RFC 9110 requires the strong comparison for
     * If-Match) and malformed entries are ignored, so neither can pass a check by accident.
     */
    public static IfMatch parseIfMatch(String header) {
        if (header == null || header.isBlank()) {
            return new IfMatch(false, false, List.of());
        }
        if (header.trim().equals("*")) {
            return new IfMatch(true, true, List.of());
        }
        List<Long> versions = new ArrayList<>();
        for (String entry : header.split(",")) {
            parseVersion(entry).ifPresent(versions::add);
        }
        return new IfMatch(true, false, versions);
    }

    /** Succeeds when {@code If-Match} is absent or matches; 412 {@code precondition-failed} otherwise. */
    public static void checkIfMatch(String ifMatch, long currentVersion) {
        IfMatch parsed = parseIfMatch(ifMatch);
        if (parsed.present() && !parsed.matches(currentVersion)) {
            throw stale(currentVersion);
        }
    }

    /** Like {@link #checkIfMatch} but a missing {@code If-Match} is a 428 {@code precondition-required}. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (!parseIfMatch(ifMatch).present()) {
            throw missing();
        }
        checkIfMatch(ifMatch, currentVersion);
    }

    /**
     * The single version the caller expects, for services that compare it in their own transaction
     * ({@code UPDATE ... WHERE version = :expected}). 428 when missing; 412 when it is {@code *}, several tags or
     * not a version ETag.
     */
    public static long requireIfMatch(String ifMatch) {
        IfMatch parsed = parseIfMatch(ifMatch);
        if (!parsed.present()) {
            throw missing();
        }
        if (parsed.any() || parsed.versions().size() != 1) {
            throw new PreconditionFailedException("If-Match must name exactly one version ETag, such as \"3\".",
                    Map.of());
        }
        return parsed.versions().getFirst();
    }

    /** The 412 a service throws when its own version comparison fails. */
    public static PreconditionFailedException stale(long currentVersion) {
        return new PreconditionFailedException(
                "The resource has changed since you read it. Reload it and retry with its current ETag.",
                Map.of("currentETag", of(currentVersion)));
    }

    private static PreconditionRequiredException missing() {
        return new PreconditionRequiredException("This update requires an If-Match header with the resource's ETag.");
    }
}
