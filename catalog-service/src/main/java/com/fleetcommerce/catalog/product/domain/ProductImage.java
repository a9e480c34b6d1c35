package com.fleetcommerce.catalog.product.domain;

import java.net.URI;
import java.net.URISyntaxException;

import com.fleetcommerce.shared.web.problem.InvalidValueException;

/**
 * Metadata of an image stored elsewhere (a CDN): where it is, its alternative text, and its place in the gallery
 * (position 0 is the main image).
 */
public record ProductImage(String url, String alt, int position) {

    public static final int MAX_URL = 2048;
    public static final int MAX_ALT = 300;
    public static final int MAX_POSITION = 99;

    public ProductImage {
        if (url == null || url.length() > MAX_URL || !isHttpUrl(url)) {
            throw new InvalidValueException("images.url", "must be an absolute http(s) URL of at most " + MAX_URL
                    + " characters");
        }
        alt = alt == null || alt.isBlank() ? null : alt.strip();
        if (alt != null && alt.length() > MAX_ALT) {
            throw new InvalidValueException("images.alt", "must be at most " + MAX_ALT + " characters");
        }
        if (position < 0 || position > MAX_POSITION) {
            throw new InvalidValueException("images.position", "must be within [0, " + MAX_POSITION + "]");
        }
    }

    private static boolean isHttpUrl(String url) {
        try {
            URI uri = new URI(url);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
