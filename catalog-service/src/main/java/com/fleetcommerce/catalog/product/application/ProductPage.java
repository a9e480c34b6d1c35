package com.fleetcommerce.catalog.product.application;

import java.util.List;

/** One page of products with the total count. */
public record ProductPage(List<ProductView> items, long total) {
}
