package com.fleetcommerce.catalog.product.domain;

/** Listing orders: by name (A to Z) or newest first; ties broken by id so pages never overlap. */
public enum ProductSort {
    NAME,
    NEWEST
}
