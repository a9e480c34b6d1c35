package com.fleetcommerce.catalog.productimport.application;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.catalog.product.domain.Product;
import com.fleetcommerce.catalog.product.domain.ProductStatus;

/**
 * A checked row, ready to store: the new draft, the status it moves to, and its raw attribute values (checked
 * again under lock when its batch is written).
 */
record PlannedProduct(int index, Product draft, ProductStatus status, List<UUID> categoryIds,
                      Map<String, Object> rawAttributes) {
}
