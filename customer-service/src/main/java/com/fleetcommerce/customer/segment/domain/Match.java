package com.fleetcommerce.customer.segment.domain;

/** How a rule combines its conditions. */
public enum Match {
    ALL, ANY
}
