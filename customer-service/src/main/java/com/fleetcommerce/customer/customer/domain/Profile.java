package com.fleetcommerce.customer.customer.domain;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fleetcommerce.shared.web.problem.FieldViolation;
import com.fleetcommerce.shared.web.problem.InvalidFieldsException;

/** Personal data a customer keeps about themselves. All optional. */
public record Profile(String firstName, String lastName, LocalDate birthday, Gender gender, String avatarUrl) {

    public static final Profile EMPTY = new Profile(null, null, null, null, null);

    private static final LocalDate EARLIEST_BIRTHDAY = LocalDate.of(1900, 1, 1);

    /** @throws InvalidFieldsException naming every rejected field */
    public static Profile of(String firstName, String lastName, LocalDate birthday, Gender gender, String avatarUrl,
                             LocalDate today) {
        List<FieldViolation> errors = new ArrayList<>();
        checkName("firstName", firstName, errors);
        checkName("lastName", lastName, errors);
        if (birthday != null && (birthday.isAfter(today) || birthday.isBefore(EARLIEST_BIRTHDAY))) {
            errors.add(FieldViolation.of("birthday", "must be between 1900-01-01 and today"));
        }
        if (avatarUrl != null && !isWebUrl(avatarUrl)) {
            errors.add(FieldViolation.of("avatarUrl", "must be an absolute http(s) URL of at most 2048 characters"));
        }
        InvalidFieldsException.throwIfAny(errors);
        return new Profile(blankToNull(firstName), blankToNull(lastName), birthday, gender, avatarUrl);
    }

    private static void checkName(String field, String value, List<FieldViolation> errors) {
        if (value != null && (value.strip().length() > 100 || value.chars().anyMatch(Character::isISOControl))) {
            errors.add(FieldViolation.of(field, "must be at most 100 characters without control characters"));
        }
    }

    private static boolean isWebUrl(String value) {
        if (value.length() > 2048) {
            return false;
        }
        try {
            URI uri = new URI(value);
            return uri.isAbsolute() && ("https".equalsIgnoreCase(uri.getScheme())
                    || "http".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
