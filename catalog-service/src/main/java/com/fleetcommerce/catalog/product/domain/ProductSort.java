package com.fleetcommerce.catalog.product.domain;

/**
 * Listing orders: by name (A to Z), newest first, or by price (the lowest SKU price in the asked currency; products
 * without a price last); ties broken by id so pages never overlap.
 */
public enum ProductSort {
    NAME,
    NEWEST,
    PRICE_ASC,
    PRICE_DESC
}
