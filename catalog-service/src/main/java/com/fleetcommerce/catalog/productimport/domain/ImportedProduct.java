package com.fleetcommerce.catalog.productimport.domain;

import java.util.Objects;

import com.fleetcommerce.catalog.product.domain.Product;

/**
 * A product as the import stores it: its state once the import's changes are applied (a row imported as ACTIVE was
 * created as a draft and then published, like through the API) and the version those changes reached.
 */
public record ImportedProduct(Product product, long version) {

    public ImportedProduct {
        Objects.requireNonNull(product, "product");
    }
}
