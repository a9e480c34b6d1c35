package com.fleetcommerce.customer.segment.domain;

public enum ValueType {
    NUMBER, DATE, TEXT, BOOLEAN
}
