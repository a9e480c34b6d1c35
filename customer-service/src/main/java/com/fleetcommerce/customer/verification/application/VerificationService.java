package com.fleetcommerce.customer.verification.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fleetcommerce.customer.customer.application.CustomerEvents;
import com.fleetcommerce.customer.customer.domain.Customer;
import com.fleetcommerce.customer.customer.domain.CustomerRepository;
import com.fleetcommerce.customer.verification.domain.CodeHasher;
import com.fleetcommerce.customer.verification.domain.VerificationChannel;
import com.fleetcommerce.customer.verification.domain.VerificationCode;
import com.fleetcommerce.customer.verification.domain.VerificationRepository;
import com.fleetcommerce.customer.verification.domain.VerificationStatus;
import com.fleetcommerce.customer.verification.domain.VerifyOutcome;
import com.fleetcommerce.shared.events.core.Uuids;
import com.fleetcommerce.shared.web.problem.BusinessRuleException;
import com.fleetcommerce.shared.web.problem.ConflictException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Email and phone verification by 6-digit code. Requesting a code supersedes the channel's previous one and sends the
 * raw code only in {@code customer.verification.requested.v1} (outbox); the table keeps its HMAC. Confirming returns
 * an outcome instead of throwing, so a wrong attempt's count is committed even though the caller gets an error.
 */
@Service
public class VerificationService {

    private final VerificationRepository codes;
    private final CustomerRepository customers;
    private final CustomerEvents events;
    private final VerificationSettings settings;
    private final CodeHasher hasher;
    private final Clock clock;

    VerificationService(VerificationRepository codes, CustomerRepository customers, CustomerEvents events,
                        VerificationSettings settings, Clock clock) {
        this.codes = codes;
        this.customers = customers;
        this.events = events;
        this.settings = settings;
        this.hasher = new CodeHasher(settings.hashSecret());
        this.clock = clock;
    }

    @Transactional
    public VerificationRequested request(Customer current, VerificationChannel channel) {
        Customer customer = customers.lock(current.id()).orElseThrow();
        customer.requireActive();
        String destination = destination(customer, channel);
        if (channel == VerificationChannel.EMAIL ? customer.emailVerified() : customer.phoneVerified()) {
            throw new ConflictException("already-verified", "This " + channel.name().toLowerCase()
                    + " destination is already verified.", Map.of());
        }
        Instant now = clock.instant();
        Optional<Instant> last = codes.lastRequestedAt(customer.id(), channel);
        if (last.isPresent() && now.isBefore(last.get().plus(settings.resendInterval()))) {
            throw tooMany(Duration.between(now, last.get().plus(settings.resendInterval())));
        }
        if (codes.requestedSince(customer.id(), channel, now.minus(Duration.ofHours(1))) >= settings.maxPerHour()) {
            throw tooMany(Duration.ofHours(1));
        }
        codes.supersede(customer.id(), channel);
        String code = CodeHasher.newCode();
        Instant expiresAt = now.plus(settings.ttl());
        codes.insert(new VerificationCode(Uuids.v7(), customer.id(), channel, destination,
                hasher.hash(customer.id(), channel, code), expiresAt, 0, VerificationStatus.ACTIVE, now));
        events.publish(customer.id(), new com.fleetcommerce.shared.events.contracts.customer.VerificationRequested(
                customer.id(), channel.name(), destination, code, expiresAt));
        return new VerificationRequested(channel, destination, expiresAt);
    }

    @Transactional
    public VerificationResult confirm(Customer current, VerificationChannel channel, String code) {
        Customer customer = customers.lock(current.id()).orElseThrow();
        customer.requireActive();
        Optional<VerificationCode> pending = codes.current(customer.id(), channel);
        if (pending.isEmpty() || !pending.get().destination().equals(destinationOrNull(customer, channel))) {
            return new VerificationResult(VerifyOutcome.NO_CODE, 0);
        }
        VerificationCode.Attempt attempt = pending.get().attempt(hasher.hash(customer.id(), channel, code),
                clock.instant(), settings.maxAttempts());
        if (attempt.after() != pending.get()) {
            codes.update(attempt.after());
        }
        if (attempt.outcome() == VerifyOutcome.VERIFIED) {
            Customer verified = channel == VerificationChannel.EMAIL
                    ? customer.withEmailVerified(clock.instant()) : customer.withPhoneVerified(clock.instant());
            Customer stored = customers.update(verified).orElseThrow();
            events.updated(stored, List.of(channel == VerificationChannel.EMAIL ? "email-verified" : "phone-verified"));
        }
        return new VerificationResult(attempt.outcome(), attempt.after().attemptsLeft(settings.maxAttempts()));
    }

    private static String destination(Customer customer, VerificationChannel channel) {
        String destination = destinationOrNull(customer, channel);
        if (destination == null) {
            throw new BusinessRuleException("no-destination", "There is no " + (channel == VerificationChannel.SMS
                    ? "phone number" : "email address") + " to verify; add one to the profile first.");
        }
        return destination;
    }

    private static String destinationOrNull(Customer customer, VerificationChannel channel) {
        return channel == VerificationChannel.EMAIL ? customer.email() : customer.phone();
    }

    private static ResendTooSoonException tooMany(Duration retryAfter) {
        return new ResendTooSoonException(Math.max(1, retryAfter.toSeconds()));
    }
}
