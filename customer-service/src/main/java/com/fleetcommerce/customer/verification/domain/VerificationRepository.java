package com.fleetcommerce.customer.verification.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

public interface VerificationRepository {

    /** The newest code of the channel that is ACTIVE or DEAD (the one an attempt is about), locked. */
    Optional<VerificationCode> current(UUID customerId, VerificationChannel channel);

    Optional<Instant> lastRequestedAt(UUID customerId, VerificationChannel channel);

    int requestedSince(UUID customerId, VerificationChannel channel, Instant since);

    /** Marks the channel's open codes SUPERSEDED. */
    void supersede(UUID customerId, VerificationChannel channel);

    void insert(VerificationCode code);

    void update(VerificationCode code);

    void deleteAll(UUID customerId);
}
