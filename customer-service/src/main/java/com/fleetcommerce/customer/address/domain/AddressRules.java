package com.fleetcommerce.customer.address.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fleetcommerce.customer.common.domain.PhoneNumbers;
import com.fleetcommerce.shared.web.problem.FieldViolation;
import com.fleetcommerce.shared.web.problem.InvalidFieldsException;

/**
 * Per-country address rules. Vietnam (the home market) needs province, district, ward and a street line and a
 * Vietnamese phone number; a few countries have a known postal code format; every other country gets a generic rule
 * (street line, city, a plausible postal code if one is given). Every rejected field is reported at once.
 */
public final class AddressRules {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /** Postal code formats we check strictly; add a country here when the business ships there. */
    private static final Map<String, Pattern> POSTAL_CODES = Map.of(
            "US", Pattern.compile("^\\d{5}(-\\d{4})?$"),
            "GB", Pattern.compile("^[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}$"),
            "SG", Pattern.compile("^\\d{6}$"),
            "JP", Pattern.compile("^\\d{3}-?\\d{4}$"));
    private static final Pattern VIETNAM_POSTAL_CODE = Pattern.compile("^\\d{5,6}$");
    private static final Pattern GENERIC_POSTAL_CODE = Pattern.compile("^[A-Z0-9][A-Z0-9 \\-]{1,11}$");

    private static final int NAME_MAX = 100;
    private static final int LINE_MAX = 200;

    private AddressRules() {
    }

    /**
     * @return the draft trimmed and normalised (country and postal code upper case, phone without separators)
     * @throws InvalidFieldsException naming every field that breaks its country's rules
     */
    public static AddressDraft check(AddressDraft draft) {
        List<FieldViolation> errors = new ArrayList<>();
        String country = upper(draft.country());
        String postalCode = upper(draft.postalCode());
        String phone = trim(draft.phone()) == null ? null : PhoneNumbers.normalise(trim(draft.phone()));

        text("recipientName", draft.recipientName(), true, NAME_MAX, errors);
        text("label", draft.label(), false, 50, errors);
        text("line1", draft.line1(), true, LINE_MAX, errors);
        text("line2", draft.line2(), false, LINE_MAX, errors);
        if (country == null || !COUNTRIES.contains(country)) {
            errors.add(FieldViolation.of("country", "must be an ISO 3166-1 alpha-2 country code such as VN"));
        } else if (country.equals("VN")) {
            text("province", draft.province(), true, NAME_MAX, errors);
            text("district", draft.district(), true, NAME_MAX, errors);
            text("ward", draft.ward(), true, NAME_MAX, errors);
            text("city", draft.city(), false, NAME_MAX, errors);
            if (phone == null || !PhoneNumbers.isVietnamese(phone)) {
                errors.add(FieldViolation.of("phone", "must be a Vietnamese phone number such as 0901234567 or +84901234567"));
            }
            if (postalCode != null && !VIETNAM_POSTAL_CODE.matcher(postalCode).matches()) {
                errors.add(FieldViolation.of("postalCode", "must be a Vietnamese postal code of 5 or 6 digits"));
            }
        } else {
            text("city", draft.city(), true, NAME_MAX, errors);
            text("province", draft.province(), false, NAME_MAX, errors);
            text("district", draft.district(), false, NAME_MAX, errors);
            text("ward", draft.ward(), false, NAME_MAX, errors);
            if (phone != null && !PhoneNumbers.isInternational(phone)) {
                errors.add(FieldViolation.of("phone", "must be an international phone number such as +6591234567"));
            }
            Pattern known = POSTAL_CODES.get(country);
            if (known != null) {
                if (postalCode == null || !known.matcher(postalCode).matches()) {
                    errors.add(FieldViolation.of("postalCode", "is not a valid postal code for " + country));
                }
            } else if (postalCode != null && !GENERIC_POSTAL_CODE.matcher(postalCode).matches()) {
                errors.add(FieldViolation.of("postalCode", "must be 2 to 12 letters, digits, spaces or dashes"));
            }
        }
        InvalidFieldsException.throwIfAny(errors);
        return new AddressDraft(trim(draft.label()), trim(draft.recipientName()), phone, country,
                trim(draft.province()), trim(draft.district()), trim(draft.ward()), trim(draft.city()),
                trim(draft.line1()), trim(draft.line2()), postalCode, draft.defaultShipping(),
                draft.defaultBilling());
    }

    private static void text(String field, String value, boolean required, int max, List<FieldViolation> errors) {
        String trimmed = trim(value);
        if (trimmed == null) {
            if (required) {
                errors.add(FieldViolation.of(field, "is required"));
            }
        } else if (trimmed.length() > max || trimmed.chars().anyMatch(Character::isISOControl)) {
            errors.add(FieldViolation.of(field, "must be at most " + max + " characters without control characters"));
        }
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String upper(String value) {
        String trimmed = trim(value);
        return trimmed == null ? null : trimmed.toUpperCase(Locale.ROOT);
    }
}
