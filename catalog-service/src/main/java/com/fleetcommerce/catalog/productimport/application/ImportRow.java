package com.fleetcommerce.catalog.productimport.application;

import java.util.List;
import java.util.Objects;

import com.fleetcommerce.catalog.product.application.ProductInput;
import com.fleetcommerce.catalog.product.application.SkuInput;
import com.fleetcommerce.catalog.product.domain.ProductStatus;

/**
 * One product of an import: what a single create takes, plus the status it should end in.
 *
 * @param status DRAFT, or ACTIVE / ARCHIVED: the product is created as a draft and moved there in the same
 *               transaction, with the rules (and events) of a status change
 */
public record ImportRow(ProductInput product, List<SkuInput> skus, ProductStatus status) {

    public ImportRow {
        Objects.requireNonNull(product, "product");
        skus = skus == null ? List.of() : List.copyOf(skus);
        status = status == null ? ProductStatus.DRAFT : status;
    }
}
