package com.fleetcommerce.customer.customer.web;

import java.time.Instant;
import java.util.UUID;

import com.fleetcommerce.customer.customer.domain.Consent;
import com.fleetcommerce.customer.customer.domain.Customer;

public record CustomerResponse(UUID id, UUID accountId, String email, String phone, String status,
                               boolean emailVerified, boolean phoneVerified, Instant createdAt, Instant updatedAt,
                               long version, ProfileResponse profile, PreferencesResponse preferences) {

    public static CustomerResponse of(Customer c) {
        var p = c.profile();
        var f = c.preferences();
        return new CustomerResponse(c.id(), c.accountId(), c.email(), c.phone(), c.status().name(),
                c.emailVerified(), c.phoneVerified(), c.createdAt(), c.updatedAt(), c.version(),
                new ProfileResponse(p.firstName(), p.lastName(), p.birthday(), p.gender(), p.avatarUrl()),
                new PreferencesResponse(f.language(), f.currency(),
                        f.notificationChannels().stream().map(Enum::name).sorted().toList(),
                        consent(f.marketingEmail()), consent(f.marketingSms()), consent(f.marketingPush())));
    }

    private static ConsentResponse consent(Consent consent) {
        return new ConsentResponse(consent.granted(), consent.changedAt());
    }
}
