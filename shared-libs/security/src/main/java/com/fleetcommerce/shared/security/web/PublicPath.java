package com.fleetcommerce.shared.security.web;

import java.util.Locale;
import java.util.Set;

import org.springframework.http.HttpMethod;

/**
 * One entry of {@code platform.security.public-paths}: a path pattern ({@code /api/v1/categories/**}), open to every
 * method, or {@code METHOD:pattern} ({@code GET:/api/v1/products/**}), open to that method only.
 *
 * @param method null for every method
 */
public record PublicPath(HttpMethod method, String pattern) {

    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE");

    public static PublicPath parse(String entry) {
        String value = entry.trim();
        int colon = value.indexOf(':');
        if (colon > 0 && METHODS.contains(value.substring(0, colon).trim().toUpperCase(Locale.ROOT))) {
            return new PublicPath(HttpMethod.valueOf(value.substring(0, colon).trim().toUpperCase(Locale.ROOT)),
                    pattern(value.substring(colon + 1).trim(), entry));
        }
        return new PublicPath(null, pattern(value, entry));
    }

    private static String pattern(String pattern, String entry) {
        if (!pattern.startsWith("/")) {
            throw new IllegalArgumentException("platform.security.public-paths entry '" + entry
                    + "' must be a path pattern starting with '/', optionally prefixed with 'METHOD:'");
        }
        return pattern;
    }
}
