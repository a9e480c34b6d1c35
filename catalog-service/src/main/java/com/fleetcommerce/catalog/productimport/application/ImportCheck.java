package com.fleetcommerce.catalog.productimport.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

import com.fleetcommerce.catalog.attribute.application.AttributeService;
import com.fleetcommerce.catalog.attribute.domain.AttributeTemplate;
import com.fleetcommerce.catalog.attribute.domain.AttributeValue;
import com.fleetcommerce.catalog.brand.application.BrandService;
import com.fleetcommerce.catalog.category.application.CategoryService;
import com.fleetcommerce.catalog.common.domain.CatalogRuleViolation;
import com.fleetcommerce.catalog.common.domain.Slug;
import com.fleetcommerce.catalog.product.application.ProductInput;
import com.fleetcommerce.catalog.product.application.SkuInput;
import com.fleetcommerce.catalog.product.domain.Product;
import com.fleetcommerce.catalog.product.domain.ProductContent;
import com.fleetcommerce.catalog.product.domain.ProductStatus;
import com.fleetcommerce.catalog.product.domain.Sku;
import com.fleetcommerce.catalog.productimport.domain.ProductImportRepository;
import com.fleetcommerce.shared.events.core.Uuids;
import com.fleetcommerce.shared.web.problem.InvalidValueException;

/**
 * Checks every row of one import with the rules of a single create before anything is written, and builds the
 * drafts. Look-ups go in bulk (one query per kind of reference or uniqueness, one template per distinct category
 * list), so 10,000 rows cost a handful of queries instead of tens of thousands.
 *
 * <p>Unlike a single create, a slug derived from the name gets no {@code -2} suffix when taken: importing the same
 * file twice must be refused, not create a second copy of every product.
 */
final class ImportCheck {

    /** Ids per IN list: well below PostgreSQL's 32,767 bind parameters per statement. */
    private static final int LOOKUP_CHUNK = 5_000;

    private final ProductImportRepository store;
    private final BrandService brands;
    private final CategoryService categories;
    private final AttributeService attributes;
    private final List<RowError> errors = new ArrayList<>();

    ImportCheck(ProductImportRepository store, BrandService brands, CategoryService categories,
                AttributeService attributes) {
        this.store = store;
        this.brands = brands;
        this.categories = categories;
        this.attributes = attributes;
    }

    /** Every refusal found, in the order found (not sorted). */
    List<RowError> errors() {
        return errors;
    }

    /** The rows that passed, as drafts in row order; complete only when {@link #errors()} is empty. */
    List<PlannedProduct> run(List<ImportRow> rows, Instant now) {
        Slug[] slugs = new Slug[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            slugs[i] = slug(i, rows.get(i).product());
        }
        uniqueSlugs(slugs, rows);
        uniqueSkuCodes(rows);
        uniqueBarcodes(rows);

        Set<UUID> knownBrands = known(rows.stream().map(r -> r.product().brandId()).filter(Objects::nonNull)
                .toList(), ids -> brands.findAll(ids).keySet());
        Set<UUID> knownCategories = known(rows.stream().flatMap(r -> r.product().categoryIds().stream()).toList(),
                ids -> categories.findAll(ids).keySet());
        Map<List<UUID>, AttributeTemplate> templates = new HashMap<>();
        List<PlannedProduct> planned = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            PlannedProduct product = plan(i, rows.get(i), slugs[i], knownBrands, knownCategories, templates, now);
            if (product != null) {
                planned.add(product);
            }
        }
        return planned;
    }

    private Slug slug(int index, ProductInput input) {
        if (input.slug() != null) {
            return input.slug();
        }
        try {
            return Slug.fromName(input.name());
        } catch (InvalidValueException e) {
            error(index, "slug", RowError.INVALID, e.getMessage());
            return null;
        }
    }

    private void uniqueSlugs(Slug[] slugs, List<ImportRow> rows) {
        Map<String, Integer> first = new LinkedHashMap<>();
        for (int i = 0; i < slugs.length; i++) {
            if (slugs[i] == null) {
                continue;
            }
            Integer earlier = first.putIfAbsent(slugs[i].value(), i);
            if (earlier != null) {
                error(i, "slug", RowError.DUPLICATE_IN_REQUEST, "product slug " + slugs[i] + " is also the slug of row "
                        + earlier + (rows.get(i).product().slug() == null ? " (derived from the name; give one)" : ""));
            }
        }
        for (String taken : chunked(first.keySet(), store::existingSlugs)) {
            int index = first.get(taken);
            error(index, "slug", RowError.TAKEN, "product slug " + taken + " is already taken"
                    + (rows.get(index).product().slug() == null ? " (derived from the name; give another)" : ""));
        }
    }

    private void uniqueSkuCodes(List<ImportRow> rows) {
        Map<String, int[]> first = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            List<SkuInput> skus = rows.get(i).skus();
            for (int j = 0; j < skus.size(); j++) {
                String code = skus.get(j).code();
                int[] earlier = first.putIfAbsent(code, new int[] {i, j});
                if (earlier != null) {
                    error(i, "skus[" + j + "].code", RowError.DUPLICATE_IN_REQUEST, "SKU code " + code + " is also "
                            + (earlier[0] == i ? "skus[" + earlier[1] + "] of this product" : "in row " + earlier[0]));
                }
            }
        }
        for (String taken : chunked(first.keySet(), store::existingSkuCodes)) {
            int[] at = first.get(taken);
            error(at[0], "skus[" + at[1] + "].code", RowError.TAKEN, "SKU code " + taken + " is already used");
        }
    }

    private void uniqueBarcodes(List<ImportRow> rows) {
        Map<String, int[]> first = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            List<SkuInput> skus = rows.get(i).skus();
            for (int j = 0; j < skus.size(); j++) {
                String barcode = skus.get(j).barcode();
                if (barcode == null) {
                    continue;
                }
                int[] earlier = first.putIfAbsent(barcode, new int[] {i, j});
                if (earlier != null) {
                    error(i, "skus[" + j + "].barcode", RowError.DUPLICATE_IN_REQUEST, "barcode " + barcode
                            + " is also used by " + (earlier[0] == i ? "skus[" + earlier[1] + "] of this product"
                            : "row " + earlier[0]));
                }
            }
        }
        for (String taken : chunked(first.keySet(), store::existingBarcodes)) {
            int[] at = first.get(taken);
            error(at[0], "skus[" + at[1] + "].barcode", RowError.TAKEN,
                    "barcode " + taken + " is already used by another SKU");
        }
    }

    private PlannedProduct plan(int index, ImportRow row, Slug slug, Set<UUID> knownBrands,
                                Set<UUID> knownCategories, Map<List<UUID>, AttributeTemplate> templates,
                                Instant now) {
        int before = errors.size();
        ProductInput input = row.product();
        if (input.brandId() != null && !knownBrands.contains(input.brandId())) {
            error(index, "brandId", RowError.UNKNOWN_REFERENCE, "does not name an existing brand");
        }
        boolean categoriesKnown = true;
        for (int j = 0; j < input.categoryIds().size(); j++) {
            if (!knownCategories.contains(input.categoryIds().get(j))) {
                error(index, "categoryIds[" + j + "]", RowError.UNKNOWN_REFERENCE,
                        "does not name an existing category");
                categoriesKnown = false;
            }
        }
        Map<String, Object> raw = input.attributes() == null ? Map.of() : input.attributes();
        Map<String, AttributeValue> values = Map.of();
        if (categoriesKnown) {
            AttributeTemplate.Outcome outcome = templates
                    .computeIfAbsent(input.categoryIds(), attributes::template).check(raw);
            outcome.errors().forEach(e -> error(index, "attributes." + e.code(), RowError.INVALID, e.message()));
            values = outcome.values();
        }
        List<Sku> skus = new ArrayList<>();
        for (int j = 0; j < row.skus().size(); j++) {
            SkuInput s = row.skus().get(j);
            try {
                skus.add(Sku.of(Uuids.v7(), s.code(), s.options(), s.barcode(), s.weightGrams(), s.dimensions()));
            } catch (InvalidValueException e) {
                error(index, "skus[" + j + "]" + (e.part() == null ? "" : "." + e.part()), RowError.INVALID,
                        e.getMessage());
            }
        }
        if (slug == null) {
            return null;
        }
        Product draft;
        try {
            ProductContent content = new ProductContent(input.name(), slug, input.description(), input.brandId(),
                    input.categoryIds(), input.seo(), input.images(), new TreeMap<>(values));
            draft = Product.create(Uuids.v7(), content, skus, now);
        } catch (InvalidValueException e) {
            error(index, e.part(), RowError.INVALID, e.getMessage());
            return null;
        } catch (CatalogRuleViolation v) {
            // a code repeated within the product is already reported on its skus[j].code
            if (!"sku-code-taken".equals(v.code())) {
                error(index, "skus", v.code(), v.getMessage());
            }
            return null;
        }
        // (with a refused SKU left out, "needs a SKU to be active" would be a false second error)
        if (row.status() != ProductStatus.DRAFT && skus.size() == row.skus().size()) {
            try {
                // the domain's status rules, tried on a copy: the product itself is stored as a draft first
                Product.restore(draft.id(), draft.content(), draft.status(), draft.skus(), draft.version(),
                        draft.createdAt()).changeStatus(row.status());
            } catch (CatalogRuleViolation v) {
                error(index, "status", v.code(), v.getMessage());
            }
        }
        return errors.size() > before ? null
                : new PlannedProduct(index, draft, row.status(), input.categoryIds(), raw);
    }

    private void error(int index, String field, String reason, String message) {
        errors.add(new RowError(index, field, reason, message));
    }

    private static Set<UUID> known(Collection<UUID> ids, Function<List<UUID>, Set<UUID>> lookup) {
        return chunked(new LinkedHashSet<>(ids), lookup);
    }

    private static <T> Set<T> chunked(Collection<T> values, Function<List<T>, ? extends Collection<T>> lookup) {
        List<T> all = List.copyOf(values);
        Set<T> found = new HashSet<>();
        for (int from = 0; from < all.size(); from += LOOKUP_CHUNK) {
            found.addAll(lookup.apply(all.subList(from, Math.min(all.size(), from + LOOKUP_CHUNK))));
        }
        return found;
    }
}
