package com.fleetcommerce.catalog.stock.domain;

import java.util.List;

/** The SKU codes of the products the public can see: what cache warming fills. */
public interface ActiveSkus {

    /** Up to {@code limit} codes in code order, strictly after {@code after} ({@code null}: from the start). */
    List<String> page(String after, int limit);
}
