package com.fleetcommerce.customer.customer.domain;

import java.util.UUID;

/** A change was attempted on a customer who has been deleted (anonymised); nothing can change any more. */
public class CustomerDeletedException extends RuntimeException {

    public CustomerDeletedException(UUID customerId) {
        super("customer " + customerId + " has been deleted");
    }
}
