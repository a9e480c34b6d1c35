package com.fleetcommerce.customer.customer.application;

import java.util.UUID;

import com.fleetcommerce.customer.customer.domain.Customer;
import com.fleetcommerce.customer.customer.domain.CustomerRepository;
import com.fleetcommerce.shared.security.principal.CurrentPrincipal;
import com.fleetcommerce.shared.security.principal.PlatformPrincipal;
import com.fleetcommerce.shared.web.problem.ResourceNotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and change which customer. A customer only ever reaches their own record (the token's {@code sub} is
 * the account id); any other id answers 404, exactly like an unknown id, so customer ids cannot be probed. Staff need
 * {@code customers:read} to read and {@code customers:write} to change (403 without: staff may know customers exist).
 */
@Component
public class CustomerAccess {

    public static final String READ = "customers:read";
    public static final String WRITE = "customers:write";

    private final CustomerRepository customers;

    CustomerAccess(CustomerRepository customers) {
        this.customers = customers;
    }

    /** The calling customer's own record; 404 for non-customers and before the registration event arrived. */
    public Customer me() {
        PlatformPrincipal caller = CurrentPrincipal.require();
        if (!caller.isCustomer()) {
            throw new ResourceNotFoundException("customer", "me");
        }
        return customers.findByAccountId(accountId(caller)).orElseThrow(
                () -> new ResourceNotFoundException("customer", "me"));
    }

    public Customer readable(UUID id) {
        return reachable(id, READ);
    }

    public Customer writable(UUID id) {
        return reachable(id, WRITE);
    }

    private Customer reachable(UUID id, String staffPermission) {
        PlatformPrincipal caller = CurrentPrincipal.require();
        if (caller.isStaff()) {
            if (!caller.hasPermission(staffPermission)) {
                throw new AccessDeniedException("needs " + staffPermission);
            }
            return customers.findById(id).orElseThrow(() -> new ResourceNotFoundException("customer", id));
        }
        if (caller.isCustomer()) {
            Customer own = customers.findByAccountId(accountId(caller)).orElse(null);
            if (own != null && own.id().equals(id)) {
                return own;
            }
        }
        throw new ResourceNotFoundException("customer", id);
    }

    private static UUID accountId(PlatformPrincipal caller) {
        try {
            return UUID.fromString(caller.subject());
        } catch (IllegalArgumentException notAnAccount) {
            throw new ResourceNotFoundException("customer", "me");
        }
    }
}
