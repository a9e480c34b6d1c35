package com.fleetcommerce.pricing.catalogsync.domain;

import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

/** pricing's copy of the catalog's products and their SKUs (tables catalog_product and sku_product). */
public interface CatalogProducts {

    /** The stored version of a product, locking its row until the transaction ends; empty when unknown. */
    OptionalLong lockVersion(UUID productId);

    /** The SKUs pricing currently maps to a product. */
    List<String> skusOf(UUID productId);

    /** Stores the product (brand, categories unless not known, version) and maps exactly its SKUs to it. */
    void save(CatalogProduct product);

    /** Every currency some price list is in: whose cached candidates and effective prices a SKU move can change. */
    List<String> currencies();
}
