package com.fleetcommerce.catalog.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import com.fleetcommerce.catalog.CatalogIntegrationTest;
import com.fleetcommerce.catalog.attribute.application.AttributeService;
import com.fleetcommerce.catalog.attribute.application.CategoryTemplateService;
import com.fleetcommerce.catalog.brand.application.BrandService;
import com.fleetcommerce.catalog.category.application.CategoryService;
import com.fleetcommerce.catalog.common.domain.Slug;
import com.fleetcommerce.catalog.product.application.ProductQueries;
import com.fleetcommerce.catalog.product.application.ProductService;
import com.fleetcommerce.catalog.product.domain.Product;
import com.fleetcommerce.catalog.product.domain.ProductStatus;
import com.fleetcommerce.catalog.product.domain.Sku;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;

@CatalogIntegrationTest
class DemoCatalogTest {

    /** The codes warehouse-service's demo stock refers to: they must exist, exactly so. */
    private static final List<String> WAREHOUSE_DEMO_SKUS = List.of("TSHIRT-BASIC-WHT-M", "TSHIRT-BASIC-WHT-L",
            "TSHIRT-BASIC-BLK-M", "JEANS-SLIM-BLU-32", "JEANS-SLIM-BLU-34", "SNEAKER-RUN-WHT-42",
            "SNEAKER-RUN-BLK-43", "BACKPACK-CITY-GRY", "PHONE-X1-128-BLK", "PHONE-X1-256-BLU", "EARBUDS-PRO-WHT",
            "COFFEE-ARABICA-500G");

    @Autowired
    CategoryService categories;
    @Autowired
    BrandService brands;
    @Autowired
    ProductService products;
    @Autowired
    ProductQueries queries;
    @Autowired
    AttributeService attributes;
    @Autowired
    CategoryTemplateService templates;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void seedingTwiceCreatesEachDemoThingOnceAndEveryDemoProductIsActive() {
        DemoCatalog seed = new DemoCatalog(categories, brands, products, queries, attributes, templates);
        seed.run(new DefaultApplicationArguments());
        List<Long> afterFirst = counts();
        seed.run(new DefaultApplicationArguments());

        assertThat(counts()).isEqualTo(afterFirst);
        List<String> codes = DemoCatalog.PRODUCTS.stream().map(p -> queries.findBySlug(new Slug(p.slug())))
                .map(p -> p.orElseThrow())
                .peek(p -> assertThat(p.status()).isEqualTo(ProductStatus.ACTIVE))
                .flatMap(p -> p.skus().stream()).map(Sku::code).toList();
        assertThat(codes).containsExactlyInAnyOrderElementsOf(WAREHOUSE_DEMO_SKUS);

        Product phone = queries.findBySlug(new Slug("phone-x1")).orElseThrow();
        assertThat(categories.breadcrumbs(categories.findBySlug(new Slug("phones")).orElseThrow()))
                .extracting(c -> c.slug().value()).containsExactly("electronics", "phones");
        assertThat(phone.content().categoryIds())
                .containsExactly(categories.findBySlug(new Slug("phones")).orElseThrow().id());
        assertThat(DemoCatalog.CATEGORIES).allSatisfy(c ->
                assertThat(categories.findBySlug(new Slug(c.slug()))).isPresent());
        assertThat(DemoCatalog.BRANDS).allSatisfy(b -> assertThat(brands.findBySlug(new Slug(b.slug()))).isPresent());

        // attributes: definitions, templates (jeans inherit fashion's material) and the products' values
        assertThat(attributes.findByCodes(DemoCatalog.ATTRIBUTES.stream().map(a -> a.code()).toList()))
                .hasSize(DemoCatalog.ATTRIBUTES.size());
        assertThat(templates.get(categories.findBySlug(new Slug("jeans")).orElseThrow().id()).effective().slots())
                .containsKeys("material", "fit");
        assertThat(phone.content().attributes().get("screen_size").value()).isEqualTo(new BigDecimal("6.1"));
        Product jeans = queries.findBySlug(new Slug("slim-fit-jeans")).orElseThrow();
        assertThat(jeans.content().attributes()).containsOnlyKeys("fit", "material");
        assertThat(jeans.content().attributes().get("fit").value()).isEqualTo("slim");
        assertThat(DemoCatalog.PRODUCTS).allSatisfy(p -> assertThat(queries.findBySlug(new Slug(p.slug()))
                .orElseThrow().content().attributes()).hasSameSizeAs(p.attributes().keySet()));
    }

    @Test
    void aDemoProductSeededBeforeAttributesExistedGetsItsValuesOnTheNextStart() {
        DemoCatalog seed = new DemoCatalog(categories, brands, products, queries, attributes, templates);
        seed.run(new DefaultApplicationArguments());
        Product coffee = queries.findBySlug(new Slug("arabica-coffee-beans-500g")).orElseThrow();
        jdbc.update("DELETE FROM product_attribute_value WHERE product_id = ?", coffee.id());

        seed.run(new DefaultApplicationArguments());

        Product upgraded = queries.findBySlug(new Slug("arabica-coffee-beans-500g")).orElseThrow();
        assertThat(upgraded.content().attributes()).containsOnlyKeys("roast", "origin");
        assertThat(upgraded.status()).isEqualTo(ProductStatus.ACTIVE);
        List<Long> afterUpgrade = counts();
        seed.run(new DefaultApplicationArguments());
        assertThat(counts()).isEqualTo(afterUpgrade);
    }

    private List<Long> counts() {
        return List.of(count("category"), count("brand"), count("product"), count("sku"), count("outbox_event"),
                count("attribute_definition"), count("category_attribute"), count("product_attribute_value"));
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
    }
}
