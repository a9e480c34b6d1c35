package com.fleetcommerce.customer.address.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface AddressRepository {

    List<Address> ofCustomer(UUID customerId);

    Optional<Address> find(UUID customerId, UUID addressId);

    int count(UUID customerId);

    void insert(Address address);

    /** Stores the change if the version is still {@code address.version()}; bumps it. Empty when stale. */
    Optional<Address> update(Address address);

    boolean delete(UUID customerId, UUID addressId);

    /** Unsets the current default shipping / billing address of the customer (before another becomes default). */
    void clearDefaults(UUID customerId, boolean shipping, boolean billing);
}
