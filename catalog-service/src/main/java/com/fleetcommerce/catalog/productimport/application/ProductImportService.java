package com.fleetcommerce.catalog.productimport.application;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.shared.audit.StaffAudit;
import com.fleetcommerce.catalog.attribute.application.AttributeService;
import com.fleetcommerce.catalog.attribute.domain.AttributeTemplate;
import com.fleetcommerce.catalog.brand.application.BrandService;
import com.fleetcommerce.catalog.category.application.CategoryService;
import com.fleetcommerce.catalog.common.application.CatalogProblems;
import com.fleetcommerce.catalog.product.application.ProductEvents;
import com.fleetcommerce.catalog.product.domain.Product;
import com.fleetcommerce.catalog.product.domain.ProductStatus;
import com.fleetcommerce.catalog.productimport.domain.ImportedProduct;
import com.fleetcommerce.catalog.productimport.domain.ProductImportRepository;
import com.fleetcommerce.shared.events.core.Uuids;
import com.fleetcommerce.shared.web.problem.ConflictException;
import com.fleetcommerce.shared.web.problem.InvalidParameterException;
import com.fleetcommerce.shared.web.problem.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bulk import of new products with their SKUs. Every row is checked first (the rules of a single create, plus
 * uniqueness within the request); one invalid row refuses the whole request and nothing is written. Then the rows
 * are written in batches, one transaction each, with batched inserts and their {@code catalog.product} events in
 * the outbox of the same transaction: a 10,000-product import never holds one huge transaction (locks, WAL, the
 * outbox relay's backlog), and each committed batch is complete with its events.
 *
 * <p>No upsert: a slug or SKU code that exists is refused ({@code taken}), so importing a file twice creates
 * nothing the second time.
 */
@Service
public class ProductImportService {

    public static final int MAX_PRODUCTS = 10_000;
    public static final int MAX_SKUS = 50_000;

    private static final Logger log = LoggerFactory.getLogger(ProductImportService.class);

    private final ProductImportRepository store;
    private final BrandService brands;
    private final CategoryService categories;
    private final AttributeService attributes;
    private final ProductEvents events;
    private final TransactionTemplate transactions;
    private final int batchSize;
    private final StaffAudit audit;

    public ProductImportService(ProductImportRepository store, BrandService brands, CategoryService categories,
                                AttributeService attributes, ProductEvents events,
                                PlatformTransactionManager transactionManager,
                                @Value("${catalog.product-import.batch-size:500}") int batchSize,
                                StaffAudit audit) {
        this.audit = audit;
        if (batchSize < 1) {
            throw new IllegalArgumentException("catalog.product-import.batch-size must be positive");
        }
        this.store = store;
        this.brands = brands;
        this.categories = categories;
        this.attributes = attributes;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.batchSize = batchSize;
    }

    /**
     * @throws InvalidParameterException more than {@link #MAX_PRODUCTS} rows or {@link #MAX_SKUS} SKUs in all
     * @throws com.fleetcommerce.shared.web.problem.BusinessRuleException {@code product-import-rejected} (422)
     *         when any row is invalid; nothing was written
     * @throws ConflictException {@code product-import-interrupted} when a batch failed on a concurrent change
     *         after the checks; the batches before it stay committed
     */
    public ImportResult importAll(List<ImportRow> rows) {
        long started = System.nanoTime();
        if (rows.isEmpty() || rows.size() > MAX_PRODUCTS) {
            throw new InvalidParameterException("products", "must hold 1 to " + MAX_PRODUCTS + " products",
                    rows.size());
        }
        int skus = rows.stream().mapToInt(r -> r.skus().size()).sum();
        if (skus > MAX_SKUS) {
            throw new InvalidParameterException("products", "must hold at most " + MAX_SKUS + " SKUs in all", skus);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        ImportCheck check = new ImportCheck(store, brands, categories, attributes);
        List<PlannedProduct> planned = check.run(rows, now);
        if (!check.errors().isEmpty()) {
            throw ImportProblems.rejected(check.errors(), rows.size());
        }

        long checked = System.nanoTime();
        int committed = 0;
        int batches = 0;
        for (int from = 0; from < planned.size(); from += batchSize) {
            List<PlannedProduct> batch = planned.subList(from, Math.min(planned.size(), from + batchSize));
            try {
                transactions.executeWithoutResult(status -> write(batch));
            } catch (DuplicateKeyException raced) {
                auditImport(committed, batches, batch.getFirst().index());
                throw ImportProblems.interrupted(committed, batches, batch.getFirst().index(),
                        CatalogProblems.raced(raced));
            } catch (ProblemException refused) {
                auditImport(committed, batches, batch.getFirst().index());
                throw ImportProblems.interrupted(committed, batches, batch.getFirst().index(), refused);
            } catch (RuntimeException failed) {
                log.warn("product import failed at row {} after {} products in {} batches were committed",
                        batch.getFirst().index(), committed, batches);
                auditImport(committed, batches, batch.getFirst().index());
                throw failed;
            }
            committed += batch.size();
            batches++;
        }
        int active = (int) planned.stream().filter(p -> p.status() == ProductStatus.ACTIVE).count();
        long done = System.nanoTime();
        log.info("imported {} products with {} SKUs in {} batches: checks {} ms, writes {} ms", committed, skus,
                batches, (checked - started) / 1_000_000, (done - checked) / 1_000_000);
        ImportResult result = new ImportResult(committed, skus, active, batches, batchSize,
                (done - started) / 1_000_000);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("products", result.products());
        summary.put("skus", result.skus());
        summary.put("active", result.active());
        summary.put("batches", result.batches());
        auditImport(summary);
        return result;
    }

    /** An import that stopped after committing some batches: those products were still imported by staff. */
    private void auditImport(int committed, int batches, int interruptedAtRow) {
        if (committed == 0) {
            return;
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("products", committed);
        summary.put("batches", batches);
        summary.put("interruptedAtRow", interruptedAtRow);
        try {
            auditImport(summary);
        } catch (RuntimeException failed) {
            // the caller reports the interruption; an audit failure here must not hide it
            log.warn("could not audit the interrupted import ({} products committed): {}", committed,
                    failed.getMessage());
        }
    }

    /**
     * One entry per import (up to 10,000 products), a summary. The batches commit one by one, so there is no single
     * business transaction to join: the entry gets a short one of its own after the last batch.
     */
    private void auditImport(Map<String, Object> summary) {
        audit.summaryInOwnTransaction("products.imported", "product-import", Uuids.v7().toString(), summary);
    }

    /**
     * One batch, in its transaction: the products exactly as a create (and then a status change) through the API
     * would leave them, and the same events: {@code created} (as DRAFT, version 0), then {@code status-changed}
     * (version 1) for rows that end ACTIVE or ARCHIVED.
     */
    private void write(List<PlannedProduct> batch) {
        recheckAttributes(batch);
        List<Product> drafts = batch.stream().map(PlannedProduct::draft).toList();
        events.publishAll(drafts, 0);
        List<Product> moved = new ArrayList<>();
        List<ImportedProduct> stored = new ArrayList<>(batch.size());
        for (PlannedProduct planned : batch) {
            Product product = planned.draft();
            if (planned.status() != ProductStatus.DRAFT) {
                CatalogProblems.guarded(() -> product.changeStatus(planned.status()));
                moved.add(product);
            }
            stored.add(new ImportedProduct(product, product.status() == ProductStatus.DRAFT ? 0 : 1));
        }
        events.publishAll(moved, 1);
        store.insertAll(stored);
    }

    /**
     * The attribute definitions the batch uses stay share-locked until it commits (as in a single create), and the
     * values are checked again under that lock: an allowed value removed since the check refuses the batch instead
     * of storing products that the revision's in-use check could not see.
     */
    private void recheckAttributes(List<PlannedProduct> batch) {
        Map<List<UUID>, AttributeTemplate> templates = new LinkedHashMap<>();
        for (PlannedProduct planned : batch) {
            if (planned.rawAttributes().isEmpty() && planned.categoryIds().isEmpty()) {
                continue;
            }
            AttributeTemplate template = templates.computeIfAbsent(planned.categoryIds(), attributes::lockedTemplate);
            AttributeTemplate.Outcome outcome = template.check(planned.rawAttributes());
            if (!outcome.errors().isEmpty()) {
                throw new ConflictException("attribute-changed", "row " + planned.index() + ": attribute "
                        + outcome.errors().getFirst().code() + " " + outcome.errors().getFirst().message()
                        + " (its definition or the category template changed during the import)", Map.of());
            }
        }
    }
}
