package com.fleetcommerce.customer.customer.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import com.fleetcommerce.customer.common.domain.PhoneNumbers;
import com.fleetcommerce.shared.web.problem.InvalidFieldsException;

/**
 * The customer aggregate: who they are (account, contact points and their verification), their profile and their
 * preferences. Immutable; every change returns the next state and checks its rules. {@code version} counts changes
 * (optimistic locking: the repository only stores a change made against the current version).
 */
public record Customer(UUID id, UUID accountId, String email, String phone, CustomerStatus status,
                       boolean emailVerified, boolean phoneVerified, Instant createdAt, Instant updatedAt,
                       long version, Profile profile, Preferences preferences) {

    public Customer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(preferences, "preferences");
    }

    /** A new customer for a just-registered account; nothing verified yet (customer-service verifies its own). */
    public static Customer register(UUID id, UUID accountId, String email, String phone, Instant now) {
        String normalisedPhone = phone == null || phone.isBlank() ? null : PhoneNumbers.normalise(phone);
        return new Customer(id, accountId, email, normalisedPhone, CustomerStatus.ACTIVE, false, false, now, now, 0,
                Profile.EMPTY, Preferences.defaults());
    }

    public boolean isDeleted() {
        return status == CustomerStatus.DELETED;
    }

    /** New profile and phone; a changed phone number is no longer verified. */
    public Customer withProfile(Profile newProfile, String newPhone, Instant now) {
        requireActive();
        String normalised = newPhone == null || newPhone.isBlank() ? null : PhoneNumbers.normalise(newPhone);
        if (normalised != null && !PhoneNumbers.isVietnamese(normalised) && !PhoneNumbers.isInternational(normalised)) {
            throw InvalidFieldsException.of("phone", "must be a phone number such as 0901234567 or +84901234567");
        }
        boolean phoneStillVerified = phoneVerified && Objects.equals(normalised, phone);
        return new Customer(id, accountId, email, normalised, status, emailVerified, phoneStillVerified, createdAt,
                now, version, newProfile, preferences);
    }

    public Customer withPreferences(Preferences newPreferences, Instant now) {
        requireActive();
        return new Customer(id, accountId, email, phone, status, emailVerified, phoneVerified, createdAt, now,
                version, profile, newPreferences);
    }

    public Customer withEmailVerified(Instant now) {
        requireActive();
        return new Customer(id, accountId, email, phone, status, true, phoneVerified, createdAt, now, version,
                profile, preferences);
    }

    public Customer withPhoneVerified(Instant now) {
        requireActive();
        return new Customer(id, accountId, email, phone, status, emailVerified, true, createdAt, now, version,
                profile, preferences);
    }

    /**
     * The right to be forgotten: personal data cleared, email replaced by a placeholder that can never receive mail
     * ({@code .invalid} is reserved, RFC 2606), consents withdrawn. Id, account id and dates stay: orders and
     * their statistics reference them and must be kept for accounting.
     */
    public Customer anonymised(Instant now) {
        requireActive();
        return new Customer(id, accountId, "deleted-" + id + "@deleted.invalid", null, CustomerStatus.DELETED,
                false, false, createdAt, now, version, Profile.EMPTY, preferences.withdrawAll(now));
    }

    public void requireActive() {
        if (isDeleted()) {
            throw new CustomerDeletedException(id);
        }
    }
}
