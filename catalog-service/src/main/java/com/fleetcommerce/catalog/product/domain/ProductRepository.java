package com.fleetcommerce.catalog.product.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.fleetcommerce.catalog.common.domain.Slug;

/** Storage port for products and their SKUs; implemented in the persistence layer. */
public interface ProductRepository {

    Optional<Product> findById(UUID id);

    /**
     * Reads and row-locks the product until the transaction ends: writers of one product are serialised, which
     * also keeps its outbox events in commit order.
     */
    Optional<Product> lockById(UUID id);

    Optional<Product> findBySlug(Slug slug);

    /** True when another product than {@code except} (null: any) has this slug. */
    boolean slugTaken(Slug slug, UUID except);

    /** Which of these SKU codes exist in any product. */
    Set<String> existingSkuCodes(Collection<String> codes);

    /** Which of these barcodes are used by SKUs other than {@code exceptSkuIds}. */
    Set<String> existingBarcodes(Collection<String> barcodes, Collection<UUID> exceptSkuIds);

    void insert(Product product);

    /** Stores the product's state and SKUs; returns the new version. */
    long update(Product product);

    List<Product> search(ProductSearch search);

    long count(ProductSearch search);
}
