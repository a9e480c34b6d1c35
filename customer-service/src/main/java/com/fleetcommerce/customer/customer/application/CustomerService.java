package com.fleetcommerce.customer.customer.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

import com.fleetcommerce.customer.customer.domain.Customer;
import com.fleetcommerce.customer.customer.domain.CustomerRepository;
import com.fleetcommerce.customer.customer.domain.CustomerSearch;
import com.fleetcommerce.customer.customer.domain.Profile;
import com.fleetcommerce.shared.events.core.Uuids;
import com.fleetcommerce.shared.web.http.ETags;
import com.fleetcommerce.shared.web.page.PageQuery;
import com.fleetcommerce.shared.web.page.PageResponse;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class CustomerService {

    private final CustomerRepository customers;
    private final CustomerEvents events;
    private final Clock clock;

    CustomerService(CustomerRepository customers, CustomerEvents events, Clock clock) {
        this.customers = customers;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Creates the customer of a registered customer account. Idempotent by account id as well as by event id: a
     * second registration event for the same account changes nothing.
     *
     * @return the new customer, or empty when the account already had one
     */
    @Transactional
    public Optional<Customer> register(UUID accountId, String email, String phone) {
        Customer customer = Customer.register(Uuids.v7(), accountId, email, phone, clock.instant());
        if (!customers.insertIfAbsent(customer)) {
            return Optional.empty();
        }
        events.created(customer);
        return Optional.of(customer);
    }

    @Transactional
    public Customer changeProfile(Customer current, String ifMatch, ProfileChange change) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Profile profile = Profile.of(change.firstName(), change.lastName(), change.birthday(), change.gender(),
                change.avatarUrl(), today);
        return update(current, ifMatch, c -> c.withProfile(profile, change.phone(), clock.instant()), "profile");
    }

    @Transactional
    public Customer changePreferences(Customer current, String ifMatch, PreferencesChange change) {
        return update(current, ifMatch, c -> c.withPreferences(c.preferences().change(change.language(),
                change.currency(), change.notificationChannels(), change.marketingEmail(), change.marketingSms(),
                change.marketingPush(), clock.instant()), clock.instant()), "preferences");
    }

    /**
     * Applies a change against the version the caller read: 428 without {@code If-Match}, 412 when it names an
     * older version; the row lock keeps two concurrent updates from both passing the check.
     */
    private Customer update(Customer current, String ifMatch, UnaryOperator<Customer> change, String part) {
        long expected = ETags.requireIfMatch(ifMatch);
        Customer locked = customers.lock(current.id()).orElseThrow();
        if (locked.version() != expected) {
            throw ETags.stale(locked.version());
        }
        Customer stored = customers.update(change.apply(locked)).orElseThrow(() -> ETags.stale(locked.version()));
        events.updated(stored, List.of(part));
        return stored;
    }

    @Transactional(readOnly = true)
    public PageResponse<Customer> search(String text, UUID segmentId, PageQuery page) {
        String q = text == null || text.isBlank() ? null : text.strip();
        CustomerSearch search = new CustomerSearch(q, segmentId, page.offset(), page.size());
        return PageResponse.of(customers.search(search), page, customers.count(search));
    }
}
