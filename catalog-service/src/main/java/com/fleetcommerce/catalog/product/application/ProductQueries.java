package com.fleetcommerce.catalog.product.application;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.fleetcommerce.catalog.attribute.application.AttributeService;
import com.fleetcommerce.catalog.attribute.domain.AttributeDefinition;
import com.fleetcommerce.catalog.attribute.domain.AttributeValue;
import com.fleetcommerce.catalog.brand.application.BrandService;
import com.fleetcommerce.catalog.brand.domain.Brand;
import com.fleetcommerce.catalog.category.application.CategoryService;
import com.fleetcommerce.catalog.category.domain.Category;
import com.fleetcommerce.catalog.common.domain.Slug;
import com.fleetcommerce.catalog.product.domain.Product;
import com.fleetcommerce.catalog.product.domain.ProductRepository;
import com.fleetcommerce.catalog.product.domain.ProductSearch;
import com.fleetcommerce.catalog.product.domain.ProductStatus;
import com.fleetcommerce.shared.web.problem.ResourceNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads. The public sees ACTIVE products only — anything else is a 404, exactly as if it did not exist, so a
 * draft's existence does not leak; staff (who may read the catalog) see every status.
 */
@Service
public class ProductQueries {

    private final ProductRepository products;
    private final BrandService brands;
    private final CategoryService categories;
    private final AttributeService attributes;

    public ProductQueries(ProductRepository products, BrandService brands, CategoryService categories,
                          AttributeService attributes) {
        this.products = products;
        this.brands = brands;
        this.categories = categories;
        this.attributes = attributes;
    }

    @Transactional(readOnly = true)
    public ProductView get(UUID id, boolean staff) {
        return visible(products.findById(id), staff)
                .orElseThrow(() -> new ResourceNotFoundException(ProductService.RESOURCE, id));
    }

    @Transactional(readOnly = true)
    public ProductView bySlug(Slug slug, boolean staff) {
        return visible(products.findBySlug(slug), staff)
                .orElseThrow(() -> new ResourceNotFoundException(ProductService.RESOURCE, slug.value()));
    }

    /** Any status: for staff tools and the demo seeder. */
    @Transactional(readOnly = true)
    public Optional<Product> findBySlug(Slug slug) {
        return products.findBySlug(slug);
    }

    /** Statuses other than ACTIVE must only be asked for by staff; the web layer checks that. */
    @Transactional(readOnly = true)
    public ProductPage list(ProductListQuery query) {
        String prefix = query.categoryId() == null ? null : categories.subtree(query.categoryId()).asString();
        ProductSearch search = new ProductSearch(query.statuses(), prefix, query.brandIds(),
                attributes.filterKeys(query.attributes()), query.inStockOnly(), query.sort(), query.page(),
                query.size(), query.currency(), query.minPrice(), query.maxPrice());
        List<Product> page = products.search(search);
        long total = page.isEmpty() && query.page() == 0 ? 0 : products.count(search);
        return new ProductPage(views(page, false), total);
    }

    private Optional<ProductView> visible(Optional<Product> product, boolean staff) {
        return product.filter(p -> staff || p.status() == ProductStatus.ACTIVE)
                .map(p -> views(List.of(p), true).getFirst());
    }

    /** Listings skip breadcrumbs and attributes: they cost queries per product and a summary does not show them. */
    private List<ProductView> views(List<Product> page, boolean withBreadcrumbs) {
        Set<UUID> brandIds = new HashSet<>();
        Set<UUID> categoryIds = new HashSet<>();
        page.forEach(p -> {
            if (p.content().brandId() != null) {
                brandIds.add(p.content().brandId());
            }
            categoryIds.addAll(p.content().categoryIds());
        });
        Map<UUID, Brand> brandById = brands.findAll(brandIds);
        Map<UUID, Category> categoryById = categories.findAll(categoryIds);
        return page.stream().map(p -> {
            List<Category> own = p.content().categoryIds().stream().map(categoryById::get)
                    .filter(Objects::nonNull).toList();
            List<Category> crumbs = own.isEmpty() || !withBreadcrumbs ? List.of() : categories.breadcrumbs(own.getFirst());
            Brand brand = p.content().brandId() == null ? null : brandById.get(p.content().brandId());
            Map<UUID, AttributeDefinition> definitions = !withBreadcrumbs ? Map.of() : attributes.findByIds(
                    p.content().attributes().values().stream().map(AttributeValue::attributeId).toList());
            return new ProductView(p, brand, own, crumbs, definitions);
        }).toList();
    }
}
