package com.fleetcommerce.catalog.product.persistence;

import java.sql.ResultSet;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import com.fleetcommerce.catalog.attribute.domain.AttributeType;
import com.fleetcommerce.catalog.attribute.domain.AttributeValue;
import com.fleetcommerce.catalog.common.domain.Slug;
import com.fleetcommerce.catalog.product.domain.Dimensions;
import com.fleetcommerce.catalog.product.domain.Product;
import com.fleetcommerce.catalog.product.domain.ProductContent;
import com.fleetcommerce.catalog.product.domain.ProductImage;
import com.fleetcommerce.catalog.product.domain.ProductRepository;
import com.fleetcommerce.catalog.product.domain.ProductSearch;
import com.fleetcommerce.catalog.product.domain.ProductSort;
import com.fleetcommerce.catalog.product.domain.ProductStatus;
import com.fleetcommerce.catalog.product.domain.Seo;
import com.fleetcommerce.catalog.product.domain.Sku;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plain SQL: a product is one row plus its categories, images, attribute values and SKUs, loaded for a whole page
 * at once (five queries per page, not per product).
 */
@Repository
class JdbcProductRepository implements ProductRepository {

    private static final String SELECT = """
            SELECT p.id, p.name, p.slug, p.description, p.brand_id, p.status, p.seo_title, p.seo_description,
                   p.version, p.created_at
              FROM product p
            """;
    /**
     * The price copy ({@code sku_price}, what the pricing.price consumer keeps): a product's lowest available price
     * for every warehouse in one currency, null when no SKU has one.
     */
    private static final String LOWEST_PRICE = """
            SELECT min(sp.amount) FROM sku s
              JOIN sku_price sp ON sp.sku = s.code AND sp.currency = :currency AND sp.warehouse_id IS NULL
                               AND sp.available
             WHERE s.product_id = p.id""";
    private static final TypeReference<Map<String, String>> OPTIONS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcProductRepository(JdbcTemplate jdbcTemplate, JsonMapper json) {
        this.jdbc = JdbcClient.create(jdbcTemplate);
        this.json = json;
    }

    private record Row(UUID id, String name, String slug, String description, UUID brandId, ProductStatus status,
                       String seoTitle, String seoDescription, long version, Instant createdAt) {
    }

    @Override
    public Optional<Product> findById(UUID id) {
        return one(jdbc.sql(SELECT + " WHERE p.id = ?").param(id).query(JdbcProductRepository::row).list());
    }

    @Override
    public Optional<Product> lockById(UUID id) {
        return one(jdbc.sql(SELECT + " WHERE p.id = ? FOR UPDATE").param(id).query(JdbcProductRepository::row)
                .list());
    }

    @Override
    public Optional<Product> findBySlug(Slug slug) {
        return one(jdbc.sql(SELECT + " WHERE p.slug = ?").param(slug.value()).query(JdbcProductRepository::row)
                .list());
    }

    @Override
    public boolean slugTaken(Slug slug, UUID except) {
        return jdbc.sql("SELECT count(*) FROM product WHERE slug = ? AND id IS DISTINCT FROM ?")
                .params(slug.value(), except).query(Long.class).single() > 0;
    }

    @Override
    public Set<String> existingSkuCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT code FROM sku WHERE code IN (:codes)")
                .param("codes", List.copyOf(codes)).query(String.class).list());
    }

    @Override
    public Set<String> existingBarcodes(Collection<String> barcodes, Collection<UUID> exceptSkuIds) {
        if (barcodes.isEmpty()) {
            return Set.of();
        }
        List<UUID> except = exceptSkuIds.isEmpty() ? List.of(new UUID(0, 0)) : List.copyOf(exceptSkuIds);
        return new HashSet<>(jdbc.sql("SELECT barcode FROM sku WHERE barcode IN (:barcodes) AND id NOT IN (:except)")
                .param("barcodes", List.copyOf(barcodes)).param("except", except).query(String.class).list());
    }

    @Override
    public void insert(Product product) {
        ProductContent c = product.content();
        Instant created = product.createdAt();
        jdbc.sql("""
                INSERT INTO product (id, name, slug, description, brand_id, status, seo_title, seo_description,
                                     version, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)
                """).params(product.id(), c.name(), c.slug().value(), c.description(), c.brandId(),
                        product.status().name(), c.seo().title(), c.seo().description(), utc(created), utc(created))
                .update();
        writeChildren(product);
    }

    @Override
    public long update(Product product) {
        ProductContent c = product.content();
        int updated = jdbc.sql("""
                UPDATE product
                   SET name = ?, slug = ?, description = ?, brand_id = ?, status = ?, seo_title = ?,
                       seo_description = ?, version = version + 1, updated_at = now()
                 WHERE id = ? AND version = ?
                """).params(c.name(), c.slug().value(), c.description(), c.brandId(), product.status().name(),
                        c.seo().title(), c.seo().description(), product.id(), product.version())
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("product " + product.id() + " changed concurrently");
        }
        jdbc.sql("DELETE FROM product_category WHERE product_id = ?").param(product.id()).update();
        jdbc.sql("DELETE FROM product_image WHERE product_id = ?").param(product.id()).update();
        jdbc.sql("DELETE FROM product_attribute_value WHERE product_id = ?").param(product.id()).update();
        writeChildren(product);
        return product.version() + 1;
    }

    @Override
    public List<Product> search(ProductSearch search) {
        String order = switch (search.sort()) {
            case NAME -> " ORDER BY lower(p.name), p.id";
            case NEWEST -> " ORDER BY p.created_at DESC, p.id DESC";
            // the price a card shows as "from": the lowest all-warehouse price of the product's SKUs
            case PRICE_ASC -> " ORDER BY (" + LOWEST_PRICE + ") ASC NULLS LAST, p.id";
            case PRICE_DESC -> " ORDER BY (" + LOWEST_PRICE + ") DESC NULLS LAST, p.id";
        };
        Filter filter = filter(search);
        if (search.sort() == ProductSort.PRICE_ASC || search.sort() == ProductSort.PRICE_DESC) {
            filter.params.put("currency", search.currency());
        }
        JdbcClient.StatementSpec spec = jdbc.sql(SELECT + filter.where + order + " LIMIT :limit OFFSET :offset")
                .params(filter.params).param("limit", search.size()).param("offset", (long) search.page() * search.size());
        return load(spec.query(JdbcProductRepository::row).list());
    }

    @Override
    public long count(ProductSearch search) {
        Filter filter = filter(search);
        return jdbc.sql("SELECT count(*) FROM product p" + filter.where).params(filter.params)
                .query(Long.class).single();
    }

    private record Filter(String where, Map<String, Object> params) {
    }

    private static Filter filter(ProductSearch search) {
        StringBuilder where = new StringBuilder(" WHERE p.status IN (:statuses)");
        Map<String, Object> params = new HashMap<>();
        params.put("statuses", search.statuses().stream().map(Enum::name).toList());
        if (!search.brandIds().isEmpty()) {
            where.append(" AND p.brand_id IN (:brands)");
            params.put("brands", search.brandIds());
        }
        if (search.categoryPrefix() != null) {
            // Paths hold only ids, '-' and '/', so the prefix needs no LIKE escaping.
            where.append("""
                     AND EXISTS (SELECT 1 FROM product_category pc JOIN category c ON c.id = pc.category_id
                                  WHERE pc.product_id = p.id AND c.path LIKE :prefix)""");
            params.put("prefix", search.categoryPrefix() + "%");
        }
        int n = 0;
        for (Map.Entry<UUID, List<String>> attribute : search.attributeKeys().entrySet()) {
            where.append(" AND EXISTS (SELECT 1 FROM product_attribute_value v WHERE v.product_id = p.id"
                    + " AND v.attribute_id = :attr" + n + " AND v.value_key IN (:keys" + n + "))");
            params.put("attr" + n, attribute.getKey());
            params.put("keys" + n, attribute.getValue());
            n++;
        }
        if (search.inStockOnly()) {
            // the stock copy is what the warehouse.stock consumer keeps: as current as the read model itself
            where.append("""
                     AND EXISTS (SELECT 1 FROM sku s JOIN sku_stock st ON st.sku = s.code
                                  WHERE s.product_id = p.id AND st.available > 0)""");
        }
        if (search.minPrice() != null || search.maxPrice() != null) {
            // some SKU of the product is priced within the range (one SKU meets both bounds)
            where.append("""
                     AND EXISTS (SELECT 1 FROM sku s
                                   JOIN sku_price sp ON sp.sku = s.code AND sp.currency = :currency
                                                    AND sp.warehouse_id IS NULL AND sp.available
                                  WHERE s.product_id = p.id""");
            params.put("currency", search.currency());
            if (search.minPrice() != null) {
                where.append(" AND sp.amount >= :minPrice");
                params.put("minPrice", search.minPrice());
            }
            if (search.maxPrice() != null) {
                where.append(" AND sp.amount <= :maxPrice");
                params.put("maxPrice", search.maxPrice());
            }
            where.append(")");
        }
        return new Filter(where.toString(), params);
    }

    private void writeChildren(Product product) {
        ProductContent c = product.content();
        int position = 0;
        for (UUID categoryId : c.categoryIds()) {
            jdbc.sql("INSERT INTO product_category (product_id, category_id, position) VALUES (?, ?, ?)")
                    .params(product.id(), categoryId, position++).update();
        }
        for (ProductImage image : c.images()) {
            jdbc.sql("INSERT INTO product_image (product_id, position, url, alt) VALUES (?, ?, ?, ?)")
                    .params(product.id(), image.position(), image.url(), image.alt()).update();
        }
        for (AttributeValue value : c.attributes().values()) {
            Object v = value.value();
            jdbc.sql("""
                    INSERT INTO product_attribute_value (product_id, attribute_id, text_value, number_value,
                                                         boolean_value, value_key)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """).params(product.id(), value.attributeId(), v instanceof String s ? s : null,
                            v instanceof BigDecimal d ? d : null, v instanceof Boolean b ? b : null, value.key())
                    .update();
        }
        int skuPosition = 0;
        for (Sku sku : product.skus()) {
            Dimensions d = sku.dimensions();
            jdbc.sql("""
                    INSERT INTO sku (id, product_id, code, barcode, options, weight_grams, length_mm, width_mm,
                                     height_mm, position, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, now(), now())
                    ON CONFLICT (id) DO UPDATE
                       SET barcode = excluded.barcode, options = excluded.options,
                           weight_grams = excluded.weight_grams, length_mm = excluded.length_mm,
                           width_mm = excluded.width_mm, height_mm = excluded.height_mm,
                           position = excluded.position, updated_at = now()
                     WHERE (sku.barcode, sku.options, sku.weight_grams, sku.length_mm, sku.width_mm, sku.height_mm,
                            sku.position)
                           IS DISTINCT FROM
                           (excluded.barcode, excluded.options, excluded.weight_grams, excluded.length_mm,
                            excluded.width_mm, excluded.height_mm, excluded.position)
                    """).params(sku.id(), product.id(), sku.code(), sku.barcode(),
                            json.writeValueAsString(sku.options()), sku.weightGrams(),
                            d == null ? null : d.lengthMm(), d == null ? null : d.widthMm(),
                            d == null ? null : d.heightMm(), skuPosition++)
                    .update();
        }
    }

    private Optional<Product> one(List<Row> rows) {
        return load(rows).stream().findFirst();
    }

    private List<Product> load(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(Row::id).toList();
        Map<UUID, List<UUID>> categories = new HashMap<>();
        jdbc.sql("SELECT product_id, category_id FROM product_category WHERE product_id IN (:ids)"
                        + " ORDER BY product_id, position")
                .param("ids", ids)
                .query(rs -> {
                    categories.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(rs.getObject(2, UUID.class));
                });
        Map<UUID, List<ProductImage>> images = new HashMap<>();
        jdbc.sql("SELECT product_id, url, alt, position FROM product_image WHERE product_id IN (:ids)"
                        + " ORDER BY product_id, position")
                .param("ids", ids)
                .query(rs -> {
                    images.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new ProductImage(rs.getString(2), rs.getString(3), rs.getInt(4)));
                });
        Map<UUID, SortedMap<String, AttributeValue>> attributes = new HashMap<>();
        jdbc.sql("""
                        SELECT v.product_id, v.attribute_id, d.code, d.type, v.text_value, v.number_value,
                               v.boolean_value
                          FROM product_attribute_value v JOIN attribute_definition d ON d.id = v.attribute_id
                         WHERE v.product_id IN (:ids)
                        """)
                .param("ids", ids)
                .query(rs -> {
                    AttributeType type = AttributeType.valueOf(rs.getString("type"));
                    Object value = switch (type) {
                        case TEXT, ENUM -> rs.getString("text_value");
                        case NUMBER -> rs.getBigDecimal("number_value");
                        case BOOLEAN -> rs.getBoolean("boolean_value");
                    };
                    String code = rs.getString("code");
                    attributes.computeIfAbsent(rs.getObject("product_id", UUID.class), k -> new TreeMap<>())
                            .put(code, new AttributeValue(rs.getObject("attribute_id", UUID.class), code, type,
                                    value));
                });
        Map<UUID, List<Sku>> skus = new HashMap<>();
        jdbc.sql("""
                        SELECT product_id, id, code, barcode, options::text, weight_grams, length_mm, width_mm,
                               height_mm
                          FROM sku WHERE product_id IN (:ids) ORDER BY product_id, position
                        """)
                .param("ids", ids)
                .query(rs -> {
                    skus.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(sku(rs));
                });
        Map<UUID, Product> byId = new LinkedHashMap<>();
        for (Row r : rows) {
            ProductContent content = new ProductContent(r.name, new Slug(r.slug), r.description, r.brandId,
                    categories.getOrDefault(r.id, List.of()), new Seo(r.seoTitle, r.seoDescription),
                    images.getOrDefault(r.id, List.of()), attributes.get(r.id));
            byId.put(r.id, Product.restore(r.id, content, r.status, skus.getOrDefault(r.id, List.of()), r.version,
                    r.createdAt));
        }
        return List.copyOf(byId.values());
    }

    private Sku sku(ResultSet rs) throws SQLException {
        Integer length = (Integer) rs.getObject("length_mm");
        Dimensions dimensions = length == null ? null
                : new Dimensions(length, rs.getInt("width_mm"), rs.getInt("height_mm"));
        return Sku.of(rs.getObject("id", UUID.class), rs.getString("code"),
                json.readValue(rs.getString("options"), OPTIONS), rs.getString("barcode"),
                (Integer) rs.getObject("weight_grams"), dimensions);
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("slug"),
                rs.getString("description"), rs.getObject("brand_id", UUID.class),
                ProductStatus.valueOf(rs.getString("status")), rs.getString("seo_title"),
                rs.getString("seo_description"), rs.getLong("version"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
