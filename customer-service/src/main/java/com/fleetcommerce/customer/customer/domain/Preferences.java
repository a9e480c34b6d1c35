package com.fleetcommerce.customer.customer.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.fleetcommerce.shared.web.problem.FieldViolation;
import com.fleetcommerce.shared.web.problem.InvalidFieldsException;

/** How the customer wants to be served and contacted, with the marketing consents and their timestamps. */
public record Preferences(String language, String currency, Set<NotificationChannel> notificationChannels,
                          Consent marketingEmail, Consent marketingSms, Consent marketingPush) {

    /** BCP 47 language tag in its common short forms: {@code vi}, {@code en}, {@code en-US}. */
    private static final Pattern LANGUAGE = Pattern.compile("^[a-z]{2,3}(-[A-Z]{2})?$");

    public Preferences {
        notificationChannels = Set.copyOf(notificationChannels);
    }

    /** Vietnamese storefront defaults: no marketing consent until the customer gives it. */
    public static Preferences defaults() {
        return new Preferences("vi", "VND", EnumSet.of(NotificationChannel.EMAIL),
                Consent.NEVER_GIVEN, Consent.NEVER_GIVEN, Consent.NEVER_GIVEN);
    }

    /**
     * The preferences after the customer's answer; consent timestamps move only for answers that changed.
     *
     * @throws InvalidFieldsException for an unknown language or currency
     */
    public Preferences change(String newLanguage, String newCurrency, Set<NotificationChannel> channels,
                              boolean email, boolean sms, boolean push, Instant now) {
        List<FieldViolation> errors = new ArrayList<>();
        if (newLanguage == null || !LANGUAGE.matcher(newLanguage).matches()) {
            errors.add(FieldViolation.of("language", "must be a language tag such as vi or en-US"));
        }
        if (!isCurrency(newCurrency)) {
            errors.add(FieldViolation.of("currency", "must be an ISO 4217 currency code such as VND"));
        }
        InvalidFieldsException.throwIfAny(errors);
        return new Preferences(newLanguage, newCurrency, channels == null ? Set.of() : channels,
                marketingEmail.answer(email, now), marketingSms.answer(sms, now), marketingPush.answer(push, now));
    }

    /** Every consent withdrawn (account deletion). */
    public Preferences withdrawAll(Instant now) {
        return new Preferences(language, currency, Set.of(), marketingEmail.answer(false, now),
                marketingSms.answer(false, now), marketingPush.answer(false, now));
    }

    private static boolean isCurrency(String code) {
        if (code == null || code.length() != 3) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
