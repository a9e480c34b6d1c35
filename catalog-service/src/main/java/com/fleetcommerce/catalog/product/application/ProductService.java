package com.fleetcommerce.catalog.product.application;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import com.fleetcommerce.catalog.attribute.application.AttributeService;
import com.fleetcommerce.shared.audit.StaffAudit;
import com.fleetcommerce.catalog.attribute.domain.AttributeValue;
import com.fleetcommerce.catalog.brand.application.BrandService;
import com.fleetcommerce.catalog.category.application.CategoryService;
import com.fleetcommerce.catalog.common.application.CatalogProblems;
import com.fleetcommerce.catalog.common.domain.Slug;
import com.fleetcommerce.catalog.product.domain.Product;
import com.fleetcommerce.catalog.product.domain.ProductRepository;
import com.fleetcommerce.catalog.product.domain.ProductStatus;
import com.fleetcommerce.catalog.product.domain.Sku;
import com.fleetcommerce.shared.events.core.Uuids;
import com.fleetcommerce.shared.web.problem.ConflictException;
import com.fleetcommerce.shared.web.problem.ResourceNotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff use cases on products. Each runs in one transaction that locks the product row, checks the caller's
 * version (If-Match), changes the aggregate, stores it and writes its events to the outbox.
 */
@Service
public class ProductService {

    static final String RESOURCE = "product";
    private static final int SLUG_ATTEMPTS = 50;

    private final ProductRepository products;
    private final BrandService brands;
    private final CategoryService categories;
    private final ProductEvents events;
    private final AttributeService attributes;
    private final PublicProductCache pageCache;
    private final StaffAudit audit;

    public ProductService(ProductRepository products, BrandService brands, CategoryService categories,
                          ProductEvents events, AttributeService attributes, PublicProductCache pageCache,
                          StaffAudit audit) {
        this.audit = audit;
        this.products = products;
        this.brands = brands;
        this.categories = categories;
        this.events = events;
        this.attributes = attributes;
        this.pageCache = pageCache;
    }

    /** A new DRAFT product, with the SKUs given (codes and barcodes unique across the catalog). */
    @Transactional
    public Product create(ProductInput input, List<SkuInput> skuInputs) {
        requireReferences(input);
        Map<String, AttributeValue> values = attributes.check(input.categoryIds(),
                input.attributes() == null ? Map.of() : input.attributes());
        Slug slug = input.slug() != null ? requireFreeSlug(input.slug(), null) : freeSlugFor(input.name());
        List<Sku> skus = skuInputs.stream()
                .map(s -> Sku.of(Uuids.v7(), s.code(), s.options(), s.barcode(), s.weightGrams(), s.dimensions()))
                .toList();
        requireFreeCodes(skus.stream().map(Sku::code).toList());
        requireFreeBarcodes(skus, List.of());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Product product = CatalogProblems.guarded(
                () -> Product.create(Uuids.v7(), input.content(slug, values), skus, now));
        try {
            products.insert(product);
        } catch (DuplicateKeyException raced) {
            throw CatalogProblems.raced(raced);
        }
        events.publish(product, product.version());
        audit.changed("product.created", RESOURCE, product.id().toString(), null, auditState(product));
        return product;
    }

    /**
     * Replaces the description, brand, categories, SEO fields, images and attribute values; a null slug keeps the
     * current one, null attributes keep the current values (still checked: the categories may have changed).
     */
    @Transactional
    public void describe(UUID id, long expectedVersion, ProductInput input) {
        Product product = current(id, expectedVersion);
        requireReferences(input);
        Map<String, Object> raw = input.attributes() != null ? input.attributes() : raw(product);
        Map<String, AttributeValue> values = attributes.check(input.categoryIds(), raw);
        Slug slug = input.slug() == null ? product.content().slug() : requireFreeSlug(input.slug(), id);
        Map<String, Object> before = auditState(product);
        product.describe(input.content(slug, values));
        store(product);
        audit.changed("product.updated", RESOURCE, id.toString(), before, auditState(product));
    }

    @Transactional
    public void addSku(UUID id, long expectedVersion, SkuInput input) {
        Product product = current(id, expectedVersion);
        Sku sku = Sku.of(Uuids.v7(), input.code(), input.options(), input.barcode(), input.weightGrams(),
                input.dimensions());
        requireFreeCodes(List.of(sku.code()));
        requireFreeBarcodes(List.of(sku), List.of());
        CatalogProblems.guarded(() -> product.addSku(sku));
        store(product);
        audit.changed("sku.added", "sku", sku.code(), null, auditState(id, sku));
    }

    @Transactional
    public void reviseSku(UUID id, long expectedVersion, String code, SkuInput input) {
        Product product = current(id, expectedVersion);
        Sku current = product.sku(code).orElseThrow(() -> new ResourceNotFoundException("sku", code));
        Sku revised = current.revise(input.options(), input.barcode(), input.weightGrams(), input.dimensions());
        requireFreeBarcodes(List.of(revised), List.of(current.id()));
        CatalogProblems.guarded(() -> product.reviseSku(revised));
        store(product);
        audit.changed("sku.revised", "sku", code, auditState(id, current), auditState(id, revised));
    }

    @Transactional
    public void changeStatus(UUID id, long expectedVersion, ProductStatus target) {
        Product product = current(id, expectedVersion);
        ProductStatus was = product.status();
        CatalogProblems.guarded(() -> product.changeStatus(target));
        store(product);
        audit.changed("product.status-changed", RESOURCE, id.toString(), Map.of("status", was.name()),
                Map.of("status", product.status().name()));
    }

    /**
     * What staff edit on a product, for the audit log: the content, the status and the SKU codes (each SKU's own
     * fields are audited by the SKU actions); the version is bookkeeping.
     */
    private static Map<String, Object> auditState(Product product) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", product.content().name());
        state.put("slug", product.content().slug().value());
        state.put("description", product.content().description());
        state.put("brandId", product.content().brandId());
        state.put("categoryIds", product.content().categoryIds());
        state.put("seo", product.content().seo());
        state.put("images", product.content().images());
        state.put("attributes", raw(product));
        state.put("status", product.status().name());
        state.put("skus", product.skus().stream().map(Sku::code).toList());
        return state;
    }

    private static Map<String, Object> auditState(UUID productId, Sku sku) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("productId", productId);
        state.put("code", sku.code());
        state.put("options", sku.options());
        state.put("barcode", sku.barcode());
        state.put("weightGrams", sku.weightGrams());
        state.put("dimensions", sku.dimensions());
        return state;
    }

    private static Map<String, Object> raw(Product product) {
        Map<String, Object> raw = new LinkedHashMap<>();
        product.content().attributes().forEach((code, value) -> raw.put(code, value.value()));
        return raw;
    }

    private void store(Product product) {
        long version;
        try {
            version = products.update(product);
        } catch (DuplicateKeyException raced) {
            throw CatalogProblems.raced(raced);
        }
        events.publish(product, version);
        pageCache.forgetAfterCommit(product.id());
    }

    private Product current(UUID id, long expectedVersion) {
        Product product = products.lockById(id).orElseThrow(() -> new ResourceNotFoundException(RESOURCE, id));
        CatalogProblems.requireVersion(expectedVersion, product.version());
        return product;
    }

    private void requireReferences(ProductInput input) {
        if (input.brandId() != null && brands.findAll(List.of(input.brandId())).isEmpty()) {
            throw CatalogProblems.unknownReference("brandId", input.brandId());
        }
        Set<UUID> found = categories.findAll(input.categoryIds()).keySet();
        for (UUID categoryId : input.categoryIds()) {
            if (!found.contains(categoryId)) {
                throw CatalogProblems.unknownReference("categoryIds", categoryId);
            }
        }
    }

    private void requireFreeCodes(List<String> codes) {
        Set<String> taken = products.existingSkuCodes(codes);
        if (!taken.isEmpty()) {
            String code = taken.stream().sorted().findFirst().orElseThrow();
            throw new ConflictException("sku-code-taken", "SKU code " + code + " is already used",
                    Map.of("sku", code));
        }
    }

    private void requireFreeBarcodes(List<Sku> skus, List<UUID> except) {
        List<String> barcodes = skus.stream().map(Sku::barcode).filter(Objects::nonNull).toList();
        if (barcodes.stream().distinct().count() != barcodes.size()) {
            throw new ConflictException("barcode-taken", "two SKUs of the request share a barcode", Map.of());
        }
        Set<String> taken = products.existingBarcodes(barcodes, except);
        if (!taken.isEmpty()) {
            String barcode = taken.stream().sorted().findFirst().orElseThrow();
            throw new ConflictException("barcode-taken", "barcode " + barcode + " is already used by another SKU",
                    Map.of("barcode", barcode));
        }
    }

    private Slug requireFreeSlug(Slug slug, UUID except) {
        if (products.slugTaken(slug, except)) {
            throw CatalogProblems.taken("product-slug-taken", "product slug", slug.value());
        }
        return slug;
    }

    private Slug freeSlugFor(String name) {
        Slug base = Slug.fromName(name);
        for (int n = 1; n <= SLUG_ATTEMPTS; n++) {
            Slug candidate = n == 1 ? base : base.withSuffix(n);
            if (!products.slugTaken(candidate, null)) {
                return candidate;
            }
        }
        throw CatalogProblems.taken("product-slug-taken", "product slug", base.value());
    }
}
