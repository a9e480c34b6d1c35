package com.fleetcommerce.pricing.price.application;

/** One row of a bulk import: the list (by code) and the price to put into it. */
public record BulkPriceRow(String priceList, PutPrice price) {
}
