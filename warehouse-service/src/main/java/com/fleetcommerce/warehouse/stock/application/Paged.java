package com.fleetcommerce.warehouse.stock.application;

import java.util.List;

/** One page of results with the total number of matches. */
public record Paged<T>(List<T> items, long total) {

    public Paged {
        items = List.copyOf(items);
    }
}
