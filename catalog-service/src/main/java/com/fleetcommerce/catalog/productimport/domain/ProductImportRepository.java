package com.fleetcommerce.catalog.productimport.domain;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Storage port of the bulk import: uniqueness look-ups for many values in one query each, and batched inserts of
 * new products with their categories, images, attribute values and SKUs (the same rows a single create writes).
 */
public interface ProductImportRepository {

    /** Which of these product slugs exist. */
    Set<String> existingSlugs(Collection<String> slugs);

    /** Which of these SKU codes exist in any product. */
    Set<String> existingSkuCodes(Collection<String> codes);

    /** Which of these barcodes any SKU uses. */
    Set<String> existingBarcodes(Collection<String> barcodes);

    /** Inserts the products in JDBC batches (a few statements per table, not one per row), in the caller's transaction. */
    void insertAll(List<ImportedProduct> products);
}
