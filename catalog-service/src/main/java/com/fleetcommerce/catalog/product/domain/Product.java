package com.fleetcommerce.catalog.product.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import com.fleetcommerce.catalog.common.domain.CatalogRuleViolation;
import com.fleetcommerce.shared.web.problem.InvalidValueException;

/**
 * The product aggregate: its content, its SKUs and its status. Every change goes through a method that checks the
 * rules and records a {@link ProductChange}, which the application publishes after storing the product.
 */
public final class Product {

    public static final int MAX_SKUS = 100;

    private final UUID id;
    private ProductContent content;
    private ProductStatus status;
    private final List<Sku> skus;
    private final long version;
    private final Instant createdAt;
    private final List<ProductChange> changes = new ArrayList<>();

    private Product(UUID id, ProductContent content, ProductStatus status, List<Sku> skus, long version,
                    Instant createdAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.content = Objects.requireNonNull(content, "content");
        this.status = Objects.requireNonNull(status, "status");
        this.skus = new ArrayList<>(skus);
        this.version = version;
        this.createdAt = createdAt;
    }

    /** A new product is always a draft; it may start with SKUs. */
    public static Product create(UUID id, ProductContent content, List<Sku> skus, Instant now) {
        Product product = new Product(id, content, ProductStatus.DRAFT, List.of(), 0, now);
        skus.forEach(product::add);
        product.changes.clear();
        product.changes.add(new ProductChange.Created());
        return product;
    }

    /** Rebuilds a stored product; persistence only. */
    public static Product restore(UUID id, ProductContent content, ProductStatus status, List<Sku> skus,
                                  long version, Instant createdAt) {
        return new Product(id, content, status, skus, version, createdAt);
    }

    public void describe(ProductContent newContent) {
        this.content = Objects.requireNonNull(newContent, "content");
        changes.add(new ProductChange.Updated());
    }

    public void addSku(Sku sku) {
        add(sku);
        changes.add(new ProductChange.Updated());
    }

    /** Replaces the details of the SKU with {@code sku}'s code; the code itself never changes. */
    public void reviseSku(Sku revised) {
        int index = indexOf(revised.code());
        if (index < 0) {
            throw new CatalogRuleViolation("sku-not-in-product", "the product has no SKU " + revised.code(),
                    Map.of("sku", revised.code()));
        }
        Sku current = skus.get(index);
        if (!current.id().equals(revised.id())) {
            throw new IllegalArgumentException("a revision keeps the SKU's id");
        }
        requireDistinctOptions(revised, index);
        skus.set(index, revised);
        changes.add(new ProductChange.Updated());
    }

    /**
     * Moves to {@code target} when {@link ProductStatus#canMoveTo} allows it; publishing needs at least one SKU,
     * because an active product without anything to sell is a dead end for customers.
     */
    public void changeStatus(ProductStatus target) {
        if (!status.canMoveTo(target)) {
            throw new CatalogRuleViolation("illegal-status-transition",
                    "a " + status + " product cannot become " + target,
                    Map.of("from", status.name(), "to", target.name(), "allowed", status.next().stream()
                            .map(Enum::name).sorted().toList()));
        }
        if (target == ProductStatus.ACTIVE && skus.isEmpty()) {
            throw new CatalogRuleViolation("product-without-skus", "a product needs at least one SKU to be active",
                    Map.of());
        }
        ProductStatus from = status;
        status = target;
        changes.add(new ProductChange.StatusChanged(from, target));
    }

    /** The changes recorded since the last call, oldest first. */
    public List<ProductChange> pullChanges() {
        List<ProductChange> pulled = List.copyOf(changes);
        changes.clear();
        return pulled;
    }

    public Optional<Sku> sku(String code) {
        int index = indexOf(code);
        return index < 0 ? Optional.empty() : Optional.of(skus.get(index));
    }

    private void add(Sku sku) {
        if (skus.size() >= MAX_SKUS) {
            throw new InvalidValueException("skus", "a product has at most " + MAX_SKUS + " SKUs");
        }
        if (indexOf(sku.code()) >= 0) {
            throw new CatalogRuleViolation("sku-code-taken", "the product already has SKU " + sku.code(),
                    Map.of("sku", sku.code()));
        }
        requireDistinctOptions(sku, -1);
        skus.add(sku);
    }

    /** Two SKUs of one product with the same option values could not be told apart by a customer. */
    private void requireDistinctOptions(Sku sku, int ignoredIndex) {
        for (int i = 0; i < skus.size(); i++) {
            if (i != ignoredIndex && skus.get(i).options().equals(sku.options())) {
                throw new CatalogRuleViolation("duplicate-variant",
                        "SKU " + skus.get(i).code() + " already has the option values " + sku.options(),
                        Map.of("sku", skus.get(i).code()));
            }
        }
    }

    private int indexOf(String code) {
        for (int i = 0; i < skus.size(); i++) {
            if (skus.get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    public UUID id() {
        return id;
    }

    public ProductContent content() {
        return content;
    }

    public ProductStatus status() {
        return status;
    }

    public List<Sku> skus() {
        return List.copyOf(skus);
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
