package com.fleetcommerce.customer.customer.domain;

public enum Gender {
    FEMALE, MALE, OTHER, UNDISCLOSED
}
