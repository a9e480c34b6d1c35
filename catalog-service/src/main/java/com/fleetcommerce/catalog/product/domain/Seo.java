package com.fleetcommerce.catalog.product.domain;

import com.fleetcommerce.shared.web.problem.InvalidValueException;

/** What search engines show: the page title and meta description; both optional (the storefront falls back). */
public record Seo(String title, String description) {

    public static final int MAX_TITLE = 120;
    public static final int MAX_DESCRIPTION = 320;
    public static final Seo NONE = new Seo(null, null);

    public Seo {
        title = blankToNull(title);
        description = blankToNull(description);
        if (title != null && title.length() > MAX_TITLE) {
            throw new InvalidValueException("seo.title", "must be at most " + MAX_TITLE + " characters");
        }
        if (description != null && description.length() > MAX_DESCRIPTION) {
            throw new InvalidValueException("seo.description",
                    "must be at most " + MAX_DESCRIPTION + " characters");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
