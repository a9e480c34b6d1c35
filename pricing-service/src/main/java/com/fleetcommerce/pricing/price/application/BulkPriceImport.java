package com.fleetcommerce.pricing.price.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import com.fleetcommerce.shared.audit.StaffAudit;
import com.fleetcommerce.pricing.price.domain.Price;
import com.fleetcommerce.pricing.price.domain.PriceList;
import com.fleetcommerce.pricing.price.domain.PriceListRepository;
import com.fleetcommerce.pricing.price.domain.PriceRepository;
import com.fleetcommerce.pricing.price.domain.PriceTarget;
import com.fleetcommerce.pricing.price.domain.PricingRuleViolation;
import com.fleetcommerce.pricing.price.domain.SkuProducts;
import com.fleetcommerce.pricing.price.domain.Window;
import com.fleetcommerce.pricing.tax.application.TaxService;
import com.fleetcommerce.shared.events.core.Uuids;
import com.fleetcommerce.shared.web.problem.BusinessRuleException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts up to {@link #MAX_ROWS} prices at once, all or nothing. Every row is checked first (the same rules as a single
 * PUT, plus one row per natural key); a refusal names up to {@link #MAX_REPORTED} bad rows by index and changes
 * nothing. Then one transaction: the affected SKUs are locked, and per currency the prices are resolved before,
 * written as JDBC batches ({@link PriceRepository#upsertAll}), resolved after, and what moved is published.
 */
@Service
public class BulkPriceImport {

    public static final int MAX_ROWS = 100_000;
    static final int MAX_REPORTED = 100;

    private final PriceListRepository lists;
    private final PriceRepository prices;
    private final SkuProducts skuProducts;
    private final TaxService taxes;
    private final PriceChangeEvents events;
    private final StaffAudit audit;

    BulkPriceImport(PriceListRepository lists, PriceRepository prices, SkuProducts skuProducts, TaxService taxes,
                    PriceChangeEvents events, StaffAudit audit) {
        this.audit = audit;
        this.lists = lists;
        this.prices = prices;
        this.skuProducts = skuProducts;
        this.taxes = taxes;
        this.events = events;
    }

    record Key(UUID list, String sku, UUID product, UUID warehouse) {
    }

    @Transactional
    public BulkImportResult apply(List<BulkPriceRow> rows) {
        Map<String, PriceList> listsByCode = new HashMap<>();
        List<Map<String, Object>> problems = new ArrayList<>();
        List<Price> checked = new ArrayList<>(rows.size());
        Map<Key, Integer> firstRowOfKey = new HashMap<>();
        Map<String, UUID> productsToLearn = new LinkedHashMap<>();
        Set<String> taxClasses = new HashSet<>();
        for (int i = 0; i < rows.size() && problems.size() < MAX_REPORTED; i++) {
            BulkPriceRow row = rows.get(i);
            PriceList list = listsByCode.computeIfAbsent(row.priceList(), code -> lists.findByCode(code).orElse(null));
            if (list == null) {
                problems.add(problem(i, "priceList", "unknown-price-list", "no price list " + row.priceList()));
                continue;
            }
            PutPrice put = row.price();
            if (put.currency() != null && !put.currency().equals(list.currency().getCurrencyCode())) {
                problems.add(problem(i, "amount.currency", "currency-mismatch", "price list " + list.code()
                        + " is in " + list.currency().getCurrencyCode() + ", not " + put.currency()));
                continue;
            }
            try {
                PriceTarget target = put.sku() != null ? PriceTarget.sku(put.sku(), put.warehouseId())
                        : PriceTarget.product(put.productId(), put.warehouseId());
                Price price = Price.of(Uuids.v7(), list, target, put.amount(), put.compareAt(), put.tiers(),
                        Window.of(put.validFrom(), put.validTo()), put.taxClass());
                Integer first = firstRowOfKey.putIfAbsent(
                        new Key(list.id(), target.sku(), target.productId(), target.warehouseId()), i);
                if (first != null) {
                    problems.add(problem(i, "sku", "duplicate-rows", "same list, target and warehouse as row "
                            + first));
                    continue;
                }
                checked.add(price);
                taxClasses.add(price.taxClass());
                if (target.skuLevel() && put.productId() != null) {
                    productsToLearn.put(target.sku(), put.productId());
                }
            } catch (PricingRuleViolation violation) {
                problems.add(problem(i, violation.field(), violation.code(), violation.getMessage()));
            }
        }
        for (String taxClass : taxClasses) {
            if (problems.size() < MAX_REPORTED && !taxes.classExists(taxClass)) {
                problems.add(Map.of("taxClass", taxClass, "code", "unknown-tax-class",
                        "message", "tax class " + taxClass + " does not exist"));
            }
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleException("invalid-rows", HttpStatus.BAD_REQUEST, problems.size()
                    + (problems.size() >= MAX_REPORTED ? "+" : "") + " rows are invalid; nothing was imported",
                    Map.of("rows", problems));
        }

        // one currency at a time, because a snapshot resolves in one currency
        Map<UUID, PriceList> listsById = new HashMap<>();
        listsByCode.values().forEach(list -> listsById.put(list.id(), list));
        Map<String, List<Price>> byCurrency = new LinkedHashMap<>();
        for (Price price : checked) {
            byCurrency.computeIfAbsent(listsById.get(price.priceListId()).currency().getCurrencyCode(),
                    c -> new ArrayList<>()).add(price);
        }
        Set<String> allSkus = new TreeSet<>();
        Map<String, Set<String>> skusByCurrency = new HashMap<>();
        byCurrency.forEach((currency, group) -> {
            Set<String> skus = affectedSkus(group);
            skus.addAll(productsToLearn.keySet());
            skusByCurrency.put(currency, skus);
            allSkus.addAll(skus);
        });
        // every lock up front, in one fixed order: no deadlock with single PUTs or other imports
        prices.lockSkus(allSkus);
        int published = 0;
        boolean learned = false;
        for (var entry : byCurrency.entrySet()) {
            Set<String> skus = skusByCurrency.get(entry.getKey());
            PriceChangeEvents.Snapshot before = events.beforeChangeOf(
                    listsById.get(entry.getValue().getFirst().priceListId()).currency(), skus);
            if (!learned) {
                productsToLearn.forEach(skuProducts::put);
                learned = true;
            }
            List<Price> sorted = new ArrayList<>(entry.getValue());
            sorted.sort(Comparator.comparing((Price p) -> p.priceListId())
                    .thenComparing(p -> p.target().sku(), Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(p -> p.target().productId(), Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(p -> p.target().warehouseId(), Comparator.nullsFirst(Comparator.naturalOrder())));
            prices.upsertAll(sorted);
            published += events.publishChanges(before);
        }
        // one entry for the whole import (it can hold 100,000 rows): what, how many, which lists
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("rows", rows.size());
        summary.put("pricesMoved", published);
        summary.put("priceLists", new TreeSet<>(listsByCode.keySet()));
        audit.summary("prices.imported", "price-import", Uuids.v7().toString(), summary);
        return new BulkImportResult(rows.size(), published);
    }

    private Set<String> affectedSkus(List<Price> group) {
        Set<String> skus = new TreeSet<>();
        List<UUID> products = new ArrayList<>();
        for (Price price : group) {
            if (price.target().skuLevel()) {
                skus.add(price.target().sku());
            } else {
                products.add(price.target().productId());
            }
        }
        skus.addAll(skuProducts.skusOf(products));
        return skus;
    }

    private static Map<String, Object> problem(int index, String field, String code, String message) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("index", index);
        problem.put("field", field);
        problem.put("code", code);
        problem.put("message", message);
        return problem;
    }
}
