package com.fleetcommerce.customer.customer.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface CustomerRepository {

    Optional<Customer> findById(UUID id);

    Optional<Customer> findByAccountId(UUID accountId);

    /** Locks the customer row for the rest of the transaction. */
    Optional<Customer> lock(UUID id);

    /** @return false when a customer for this account already exists (nothing stored) */
    boolean insertIfAbsent(Customer customer);

    /**
     * Stores {@code changed} if the stored version is still {@code changed.version()}; bumps the version.
     *
     * @return the stored customer with its new version, or empty when someone else changed it first
     */
    Optional<Customer> update(Customer changed);

    List<Customer> search(CustomerSearch search);

    long count(CustomerSearch search);
}
