package com.fleetcommerce.customer.customer.domain;

public enum CustomerStatus {
    ACTIVE,
    /** Anonymised at the customer's request; the id and order statistics stay for the orders that reference them. */
    DELETED
}
