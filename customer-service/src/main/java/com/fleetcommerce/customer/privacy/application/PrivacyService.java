package com.fleetcommerce.customer.privacy.application;

import java.time.Clock;

import com.fleetcommerce.customer.address.application.AddressService;
import com.fleetcommerce.customer.customer.application.CustomerEvents;
import com.fleetcommerce.customer.customer.domain.Customer;
import com.fleetcommerce.customer.customer.domain.CustomerRepository;
import com.fleetcommerce.customer.segment.application.SegmentMembership;
import com.fleetcommerce.customer.segment.application.SegmentService;
import com.fleetcommerce.customer.statistics.application.StatisticsService;
import com.fleetcommerce.customer.verification.application.VerificationCleanup;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Data export and the right to be forgotten. Deleting anonymises instead of removing rows: the customer id and the
 * order statistics stay because orders (kept for accounting and tax) reference them; everything that identifies the
 * person is cleared in one transaction, and {@code customer.customer.deleted.v1} tells auth-service to disable the
 * account and other services to forget what they copied.
 */
@Service
public class PrivacyService {

    private final CustomerRepository customers;
    private final AddressService addresses;
    private final SegmentService segments;
    private final SegmentMembership membership;
    private final StatisticsService statistics;
    private final VerificationCleanup verifications;
    private final CustomerEvents events;
    private final Clock clock;

    PrivacyService(CustomerRepository customers, AddressService addresses, SegmentService segments,
                   SegmentMembership membership, StatisticsService statistics, VerificationCleanup verifications,
                   CustomerEvents events, Clock clock) {
        this.customers = customers;
        this.addresses = addresses;
        this.segments = segments;
        this.membership = membership;
        this.statistics = statistics;
        this.verifications = verifications;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public CustomerExport export(Customer customer) {
        return new CustomerExport(customers.findById(customer.id()).orElseThrow(), addresses.list(customer),
                segments.segmentsOf(customer.id()), statistics.of(customer.id()), clock.instant());
    }

    @Transactional
    public Customer delete(Customer current) {
        Customer locked = customers.lock(current.id()).orElseThrow();
        Customer stored = customers.update(locked.anonymised(clock.instant())).orElseThrow();
        addresses.anonymiseAll(stored.id());
        verifications.forget(stored.id());
        membership.leaveAll(stored.id());
        events.deleted(stored);
        return stored;
    }
}
