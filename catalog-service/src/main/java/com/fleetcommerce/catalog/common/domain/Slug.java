package com.fleetcommerce.catalog.common.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import com.fleetcommerce.shared.web.problem.InvalidValueException;

/**
 * A URL-safe name: lower-case ASCII letters and digits in words joined by single dashes, at most 120 characters.
 * Used by products, categories and brands, each unique within its own kind.
 */
public record Slug(String value) {

    public static final int MAX_LENGTH = 120;
    public static final String REGEX = "[a-z0-9]+(?:-[a-z0-9]+)*";
    private static final Pattern PATTERN = Pattern.compile(REGEX);
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");

    public Slug {
        if (value == null || value.length() > MAX_LENGTH || !PATTERN.matcher(value).matches()) {
            throw new InvalidValueException("slug",
                    "must be 1-" + MAX_LENGTH + " lower-case letters or digits in words joined by single dashes");
        }
    }

    /**
     * The slug a name suggests: accents dropped (Vietnamese "Đ/đ" is not a combining mark, so it is mapped
     * explicitly), anything else that is not a letter or digit becomes a dash. Fails when nothing usable remains,
     * e.g. for a name written only in a non-Latin script; the caller must then give a slug.
     */
    public static Slug fromName(String name) {
        String ascii = MARKS.matcher(Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD))
                .replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D')
                .toLowerCase(Locale.ROOT);
        String dashed = NON_WORD.matcher(ascii).replaceAll("-");
        String trimmed = trimDashes(dashed);
        if (trimmed.length() > MAX_LENGTH) {
            trimmed = trimDashes(trimmed.substring(0, MAX_LENGTH));
        }
        if (trimmed.isEmpty()) {
            throw new InvalidValueException("slug", "cannot be derived from the name; give one explicitly");
        }
        return new Slug(trimmed);
    }

    /** {@code base-n}, shortened so it stays within the limit; used when a derived slug is already taken. */
    public Slug withSuffix(int n) {
        String suffix = "-" + n;
        String base = value.length() + suffix.length() > MAX_LENGTH
                ? trimDashes(value.substring(0, MAX_LENGTH - suffix.length()))
                : value;
        return new Slug(base + suffix);
    }

    private static String trimDashes(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '-') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '-') {
            end--;
        }
        return s.substring(start, end);
    }

    @Override
    public String toString() {
        return value;
    }
}
