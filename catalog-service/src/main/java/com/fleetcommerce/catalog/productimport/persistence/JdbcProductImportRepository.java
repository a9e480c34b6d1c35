package com.fleetcommerce.catalog.productimport.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fleetcommerce.catalog.attribute.domain.AttributeValue;
import com.fleetcommerce.catalog.product.domain.Dimensions;
import com.fleetcommerce.catalog.product.domain.Product;
import com.fleetcommerce.catalog.product.domain.ProductContent;
import com.fleetcommerce.catalog.product.domain.ProductImage;
import com.fleetcommerce.catalog.product.domain.Sku;
import com.fleetcommerce.catalog.productimport.domain.ImportedProduct;
import com.fleetcommerce.catalog.productimport.domain.ProductImportRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the rows {@code product.persistence.JdbcProductRepository.insert} writes for one product (V2 and V3
 * tables), for a whole batch at once: one JDBC batch per table instead of a statement per row. Keep the two in step
 * when those tables change; {@code ProductImportApiTest} reads imported products back through the public API to
 * catch a difference. Look-ups take the values as one array parameter ({@code = ANY(?)}), so their number is not
 * bounded by PostgreSQL's bind-parameter limit.
 */
@Repository
class JdbcProductImportRepository implements ProductImportRepository {

    private static final String INSERT_PRODUCT = """
            INSERT INTO product (id, name, slug, description, brand_id, status, seo_title, seo_description,
                                 version, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;
    private static final String INSERT_CATEGORY =
            "INSERT INTO product_category (product_id, category_id, position) VALUES (?, ?, ?)";
    private static final String INSERT_IMAGE =
            "INSERT INTO product_image (product_id, position, url, alt) VALUES (?, ?, ?, ?)";
    private static final String INSERT_VALUE = """
            INSERT INTO product_attribute_value (product_id, attribute_id, text_value, number_value, boolean_value,
                                                 value_key)
            VALUES (?, ?, ?, ?, ?, ?)
            """;
    private static final String INSERT_SKU = """
            INSERT INTO sku (id, product_id, code, barcode, options, weight_grams, length_mm, width_mm, height_mm,
                             position, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?)
            """;

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    JdbcProductImportRepository(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public Set<String> existingSlugs(Collection<String> slugs) {
        return existing("SELECT slug FROM product WHERE slug = ANY(?)", slugs);
    }

    @Override
    public Set<String> existingSkuCodes(Collection<String> codes) {
        return existing("SELECT code FROM sku WHERE code = ANY(?)", codes);
    }

    @Override
    public Set<String> existingBarcodes(Collection<String> barcodes) {
        return existing("SELECT barcode FROM sku WHERE barcode = ANY(?)", barcodes);
    }

    private Set<String> existing(String sql, Collection<String> values) {
        if (values.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.queryForList(sql, String.class, (Object) values.toArray(String[]::new)));
    }

    @Override
    public void insertAll(List<ImportedProduct> products) {
        List<Object[]> productRows = new ArrayList<>(products.size());
        List<Object[]> categoryRows = new ArrayList<>();
        List<Object[]> imageRows = new ArrayList<>();
        List<Object[]> valueRows = new ArrayList<>();
        List<Object[]> skuRows = new ArrayList<>();
        for (ImportedProduct imported : products) {
            Product product = imported.product();
            UUID id = product.id();
            ProductContent c = product.content();
            OffsetDateTime created = utc(product.createdAt());
            productRows.add(new Object[] {id, c.name(), c.slug().value(), c.description(), c.brandId(),
                    product.status().name(), c.seo().title(), c.seo().description(), imported.version(), created,
                    created});
            int position = 0;
            for (UUID categoryId : c.categoryIds()) {
                categoryRows.add(new Object[] {id, categoryId, position++});
            }
            for (ProductImage image : c.images()) {
                imageRows.add(new Object[] {id, image.position(), image.url(), image.alt()});
            }
            for (AttributeValue value : c.attributes().values()) {
                Object v = value.value();
                valueRows.add(new Object[] {id, value.attributeId(), v instanceof String s ? s : null,
                        v instanceof BigDecimal d ? d : null, v instanceof Boolean b ? b : null, value.key()});
            }
            int skuPosition = 0;
            for (Sku sku : product.skus()) {
                Dimensions d = sku.dimensions();
                skuRows.add(new Object[] {sku.id(), id, sku.code(), sku.barcode(),
                        json.writeValueAsString(sku.options()), sku.weightGrams(),
                        d == null ? null : d.lengthMm(), d == null ? null : d.widthMm(),
                        d == null ? null : d.heightMm(), skuPosition++, created, created});
            }
        }
        batch(INSERT_PRODUCT, productRows);
        batch(INSERT_CATEGORY, categoryRows);
        batch(INSERT_IMAGE, imageRows);
        batch(INSERT_VALUE, valueRows);
        batch(INSERT_SKU, skuRows);
    }

    private void batch(String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
