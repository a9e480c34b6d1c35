package com.fleetcommerce.customer.address.application;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import com.fleetcommerce.customer.address.domain.Address;
import com.fleetcommerce.customer.address.domain.AddressDraft;
import com.fleetcommerce.customer.address.domain.AddressRepository;
import com.fleetcommerce.customer.address.domain.AddressRules;
import com.fleetcommerce.customer.customer.application.CustomerEvents;
import com.fleetcommerce.customer.customer.domain.Customer;
import com.fleetcommerce.customer.customer.domain.CustomerRepository;
import com.fleetcommerce.shared.events.core.Uuids;
import com.fleetcommerce.shared.web.http.ETags;
import com.fleetcommerce.shared.web.problem.BusinessRuleException;
import com.fleetcommerce.shared.web.problem.ResourceNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's address book. Making an address the default shipping (or billing) address unsets the previous one in
 * the same transaction; the database's partial unique indexes guarantee there is never more than one. A customer's
 * first address becomes both defaults.
 */
@Service
public class AddressService {

    static final int MAX_ADDRESSES = 20;

    private final AddressRepository addresses;
    private final CustomerRepository customers;
    private final CustomerEvents events;
    private final Clock clock;

    AddressService(AddressRepository addresses, CustomerRepository customers, CustomerEvents events, Clock clock) {
        this.addresses = addresses;
        this.customers = customers;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Address> list(Customer customer) {
        return addresses.ofCustomer(customer.id());
    }

    @Transactional(readOnly = true)
    public Address get(Customer customer, UUID addressId) {
        return addresses.find(customer.id(), addressId)
                .orElseThrow(() -> new ResourceNotFoundException("address", addressId));
    }

    @Transactional
    public Address create(Customer customer, AddressDraft draft) {
        AddressDraft checked = AddressRules.check(draft);
        lockActive(customer);
        int existing = addresses.count(customer.id());
        if (existing >= MAX_ADDRESSES) {
            throw new BusinessRuleException("too-many-addresses",
                    "A customer can keep at most " + MAX_ADDRESSES + " addresses.");
        }
        if (existing == 0) {
            checked = withDefaults(checked, true, true);
        }
        addresses.clearDefaults(customer.id(), checked.defaultShipping(), checked.defaultBilling());
        Address address = Address.create(Uuids.v7(), customer.id(), checked, clock.instant());
        addresses.insert(address);
        events.updated(customer, List.of("addresses"));
        return address;
    }

    @Transactional
    public Address update(Customer customer, UUID addressId, String ifMatch, AddressDraft draft) {
        long expected = ETags.requireIfMatch(ifMatch);
        AddressDraft checked = AddressRules.check(draft);
        lockActive(customer);
        Address current = get(customer, addressId);
        if (current.version() != expected) {
            throw ETags.stale(current.version());
        }
        addresses.clearDefaults(customer.id(), checked.defaultShipping() && !current.defaultShipping(),
                checked.defaultBilling() && !current.defaultBilling());
        Address stored = addresses.update(current.revise(checked))
                .orElseThrow(() -> ETags.stale(current.version()));
        events.updated(customer, List.of("addresses"));
        return stored;
    }

    @Transactional
    public void delete(Customer customer, UUID addressId) {
        lockActive(customer);
        if (!addresses.delete(customer.id(), addressId)) {
            throw new ResourceNotFoundException("address", addressId);
        }
        events.updated(customer, List.of("addresses"));
    }

    /** Clears the personal lines of every address of a customer being deleted. */
    @Transactional
    public List<Address> anonymiseAll(UUID customerId) {
        List<Address> anonymised = addresses.ofCustomer(customerId).stream().map(Address::anonymised).toList();
        anonymised.forEach(a -> addresses.update(a).orElseThrow());
        return addresses.ofCustomer(customerId);
    }

    /**
     * One address-book change per customer at a time: the address limit and the "one default" switch read, then
     * write, and two concurrent requests would otherwise both pass the check (the unique index would then turn the
     * loser into a 500).
     */
    private void lockActive(Customer customer) {
        customers.lock(customer.id()).orElseThrow().requireActive();
    }

    private static AddressDraft withDefaults(AddressDraft d, boolean shipping, boolean billing) {
        return new AddressDraft(d.label(), d.recipientName(), d.phone(), d.country(), d.province(), d.district(),
                d.ward(), d.city(), d.line1(), d.line2(), d.postalCode(), shipping, billing);
    }
}
