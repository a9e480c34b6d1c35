package com.fleetcommerce.catalog.attribute.domain;

/** What kind of value an attribute holds; fixed at creation, because stored values depend on it. */
public enum AttributeType {
    TEXT,
    NUMBER,
    BOOLEAN,
    ENUM
}
