package com.fleetcommerce.catalog.product.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fleetcommerce.catalog.common.domain.Slug;
import com.fleetcommerce.catalog.price.application.SkuPriceReader;
import com.fleetcommerce.catalog.price.domain.SkuPrice;
import com.fleetcommerce.catalog.price.web.PriceParameters;
import com.fleetcommerce.catalog.product.application.ProductListQuery;
import com.fleetcommerce.catalog.product.application.ProductPage;
import com.fleetcommerce.catalog.product.application.ProductPages;
import com.fleetcommerce.catalog.product.application.ProductQueries;
import com.fleetcommerce.catalog.product.application.ProductService;
import com.fleetcommerce.catalog.product.application.ProductView;
import com.fleetcommerce.catalog.product.domain.Product;
import com.fleetcommerce.catalog.product.domain.ProductSort;
import com.fleetcommerce.catalog.product.domain.ProductStatus;
import com.fleetcommerce.catalog.product.domain.Sku;
import com.fleetcommerce.catalog.stock.application.SkuStockReader;
import com.fleetcommerce.catalog.stock.domain.SkuAvailability;
import com.fleetcommerce.shared.security.method.RequiresPermission;
import com.fleetcommerce.shared.security.principal.CurrentPrincipal;
import com.fleetcommerce.shared.web.http.ETags;
import com.fleetcommerce.shared.web.page.PageQuery;
import com.fleetcommerce.shared.web.page.PageResponse;
import com.fleetcommerce.shared.web.problem.InvalidParameterException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * One URL per product for everyone. Reads are public and show ACTIVE products only; a caller with
 * {@code catalog:read} or {@code catalog:write} also sees drafts and archived products (and their ETags, which
 * writes need). Writes need {@code catalog:write} and, on an existing product, {@code If-Match}.
 */
@RestController
@RequestMapping("/api/v1/products")
class ProductController {

    static final String WRITE = "catalog:write";
    static final String READ = "catalog:read";
    private static final String ATTRIBUTE_FILTER = "attr.";

    private final ProductService products;
    private final ProductQueries queries;
    private final ProductPages pages;
    private final SkuStockReader stock;
    private final SkuPriceReader prices;

    ProductController(ProductService products, ProductQueries queries, ProductPages pages, SkuStockReader stock,
                      SkuPriceReader prices) {
        this.products = products;
        this.queries = queries;
        this.pages = pages;
        this.stock = stock;
        this.prices = prices;
    }

    /**
     * @param category a category id: products in it or anywhere below it
     * @param brand    brand ids (repeat the parameter or separate with commas): any of them
     * @param sort     {@code newest} (default), {@code name}, {@code price_asc} or {@code price_desc} (by the lowest
     *                 SKU price in {@code currency}; products without one last)
     * @param inStock  {@code true}: only products of which some SKU can be bought now
     * @param currency the currency of prices, their filter and sort (ISO 4217, default VND)
     * @param minPrice only products with a SKU priced within [minPrice, maxPrice] in {@code currency}
     * @param status   staff only; default ACTIVE
     * @param all      every parameter, for the attribute filters {@code attr.<code>=value} (exact match; repeat
     *                 the parameter for "any of these values")
     */
    @GetMapping
    PageResponse<ProductSummaryResponse> list(@RequestParam(required = false) UUID category,
                                              @RequestParam(required = false) @Size(max = 50) List<UUID> brand,
                                              @RequestParam(required = false) String sort,
                                              @RequestParam(defaultValue = "false") boolean inStock,
                                              @RequestParam(required = false) Set<ProductStatus> status,
                                              @RequestParam(required = false) String currency,
                                              @RequestParam(required = false) String minPrice,
                                              @RequestParam(required = false) String maxPrice,
                                              PageQuery page,
                                              @RequestParam MultiValueMap<String, String> all) {
        if (status != null && !status.isEmpty() && !EnumSet.of(ProductStatus.ACTIVE).containsAll(status)
                && !staffView()) {
            throw new AccessDeniedException("listing products other than ACTIVE needs " + READ);
        }
        String shown = PriceParameters.currency(currency);
        BigDecimal min = PriceParameters.amount("minPrice", minPrice, shown);
        BigDecimal max = PriceParameters.amount("maxPrice", maxPrice, shown);
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new InvalidParameterException("minPrice", "must not be above maxPrice", minPrice);
        }
        ProductPage result = queries.list(new ProductListQuery(category, brand, status, attributeFilters(all),
                inStock, sort(sort), page.page(), page.size(), shown, min, max));
        List<String> skus = result.items().stream().flatMap(v -> v.product().skus().stream()).map(Sku::code)
                .toList();
        Map<String, SkuAvailability> availability = stock.availability(skus);
        Map<String, SkuPrice> priced = prices.prices(skus, shown);
        return PageResponse.of(result.items().stream()
                .map(v -> ProductSummaryResponse.from(v, availability, priced)).toList(), page, result.total());
    }

    /** @param currency the currency of the SKUs' prices (ISO 4217, default VND) */
    @GetMapping("/{id}")
    ResponseEntity<ProductResponse> get(@PathVariable UUID id,
                                        @RequestParam(required = false) String currency) {
        String shown = PriceParameters.currency(currency);
        boolean staff = staffView();
        return read(pages.byId(id, staff), staff, shown);
    }

    @GetMapping("/by-slug/{slug}")
    ResponseEntity<ProductResponse> bySlug(@PathVariable @Size(max = Slug.MAX_LENGTH)
                                           @Pattern(regexp = Slug.REGEX) String slug,
                                           @RequestParam(required = false) String currency) {
        String shown = PriceParameters.currency(currency);
        boolean staff = staffView();
        return read(pages.bySlug(new Slug(slug), staff), staff, shown);
    }

    @PostMapping
    @RequiresPermission(WRITE)
    ResponseEntity<ProductResponse> create(@Valid @RequestBody CreateProductRequest request) {
        Product created = products.create(request.toInput(), request.skuInputs());
        ProductView view = queries.get(created.id(), true);
        return ResponseEntity.created(URI.create("/api/v1/products/" + created.id()))
                .eTag(ETags.of(view.product().version())).body(ProductResponse.from(view));
    }

    @PutMapping("/{id}")
    @RequiresPermission(WRITE)
    ResponseEntity<ProductResponse> describe(@PathVariable UUID id,
                                             @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                             @Valid @RequestBody ProductBody request) {
        products.describe(id, ETags.requireIfMatch(ifMatch), request.toInput());
        return withETag(queries.get(id, true));
    }

    @PostMapping("/{id}/status")
    @RequiresPermission(WRITE)
    ResponseEntity<ProductResponse> changeStatus(@PathVariable UUID id,
                                                 @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                 @Valid @RequestBody StatusChangeRequest request) {
        products.changeStatus(id, ETags.requireIfMatch(ifMatch), request.status());
        return withETag(queries.get(id, true));
    }

    @PostMapping("/{id}/skus")
    @RequiresPermission(WRITE)
    ResponseEntity<ProductResponse> addSku(@PathVariable UUID id,
                                           @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                           @Valid @RequestBody SkuBody request) {
        products.addSku(id, ETags.requireIfMatch(ifMatch), request.toInput());
        ProductView view = queries.get(id, true);
        return ResponseEntity.created(URI.create("/api/v1/products/" + id + "/skus/" + request.code()))
                .eTag(ETags.of(view.product().version())).body(ProductResponse.from(view));
    }

    @PutMapping("/{id}/skus/{code}")
    @RequiresPermission(WRITE)
    ResponseEntity<ProductResponse> reviseSku(@PathVariable UUID id,
                                              @PathVariable @Pattern(regexp = Sku.CODE_REGEX) String code,
                                              @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                              @Valid @RequestBody SkuDetailsBody request) {
        products.reviseSku(id, ETags.requireIfMatch(ifMatch), code, request.toInput(code));
        return withETag(queries.get(id, true));
    }

    private static Map<String, List<String>> attributeFilters(MultiValueMap<String, String> all) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        all.forEach((name, values) -> {
            if (name.startsWith(ATTRIBUTE_FILTER)) {
                String code = name.substring(ATTRIBUTE_FILTER.length());
                if (values.isEmpty() || values.stream().anyMatch(String::isBlank)) {
                    throw new InvalidParameterException(name, "must not be empty", null);
                }
                filters.put(code, List.copyOf(values));
            }
        });
        return filters;
    }

    private static ProductSort sort(String sort) {
        if (sort == null || sort.isBlank()) {
            return ProductSort.NEWEST;
        }
        return switch (sort.strip().toLowerCase(Locale.ROOT)) {
            case "newest" -> ProductSort.NEWEST;
            case "name" -> ProductSort.NAME;
            case "price_asc" -> ProductSort.PRICE_ASC;
            case "price_desc" -> ProductSort.PRICE_DESC;
            default -> throw new InvalidParameterException("sort",
                    "must be 'newest', 'name', 'price_asc' or 'price_desc'", sort);
        };
    }

    private static boolean staffView() {
        return CurrentPrincipal.get().map(p -> p.hasPermission(READ) || p.hasPermission(WRITE)).orElse(false);
    }

    /**
     * A product page: the product with its SKUs' availability and prices. Only staff get the ETag (for If-Match on
     * writes): it is the product's version, which does not change with stock or prices, so a browser revalidating a
     * public page with If-None-Match would be told "not modified" while the stock or price moved on.
     */
    private ResponseEntity<ProductResponse> read(ProductView view, boolean staff, String currency) {
        List<String> skus = view.product().skus().stream().map(Sku::code).toList();
        Map<String, SkuAvailability> availability = stock.availability(skus);
        Map<String, SkuPrice> priced = prices.prices(skus, currency);
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
        if (staff) {
            ok.eTag(ETags.of(view.product().version()));
        }
        return ok.body(ProductResponse.from(view, availability, priced));
    }

    private static ResponseEntity<ProductResponse> withETag(ProductView view) {
        return ResponseEntity.ok().eTag(ETags.of(view.product().version())).body(ProductResponse.from(view));
    }
}
