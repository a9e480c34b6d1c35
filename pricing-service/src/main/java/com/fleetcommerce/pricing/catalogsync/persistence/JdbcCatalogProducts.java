package com.fleetcommerce.pricing.catalogsync.persistence;

import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

import com.fleetcommerce.pricing.catalogsync.domain.CatalogProduct;
import com.fleetcommerce.pricing.catalogsync.domain.CatalogProducts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

@Repository
class JdbcCatalogProducts implements CatalogProducts {

    private final JdbcClient jdbc;

    JdbcCatalogProducts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public OptionalLong lockVersion(UUID productId) {
        return jdbc.sql("select version from catalog_product where product_id = :id for update")
                .param("id", productId).query(Long.class).optional()
                .map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    @Override
    public List<String> skusOf(UUID productId) {
        return jdbc.sql("select sku from sku_product where product_id = :id order by sku")
                .param("id", productId).query(String.class).list();
    }

    @Override
    public void save(CatalogProduct product) {
        SqlArrayValue categories = new SqlArrayValue("uuid", product.categoryIds().toArray());
        if (product.factsKnown()) {
            jdbc.sql("""
                            insert into catalog_product (product_id, brand_id, category_ids, version)
                            values (:id, :brand, :categories, :version)
                            on conflict (product_id) do update set brand_id = excluded.brand_id,
                                   category_ids = excluded.category_ids, version = excluded.version, updated_at = now()
                             where catalog_product.version < excluded.version""")
                    .param("id", product.productId()).param("brand", product.brandId())
                    .param("categories", categories).param("version", product.version()).update();
        } else {
            jdbc.sql("""
                            insert into catalog_product (product_id, version) values (:id, :version)
                            on conflict (product_id) do update set version = excluded.version, updated_at = now()
                             where catalog_product.version < excluded.version""")
                    .param("id", product.productId()).param("version", product.version()).update();
        }
        SqlArrayValue skus = new SqlArrayValue("varchar", product.skus().toArray());
        // SKUs the catalog no longer lists under this product stop pointing at it
        jdbc.sql("delete from sku_product where product_id = :id and not (sku = any(:skus))")
                .param("id", product.productId()).param("skus", skus).update();
        jdbc.sql("""
                        insert into sku_product (sku, product_id) select s, :id from unnest(:skus) as s
                        on conflict (sku) do update set product_id = excluded.product_id, updated_at = now()
                         where sku_product.product_id <> excluded.product_id""")
                .param("id", product.productId()).param("skus", skus).update();
    }

    @Override
    public List<String> currencies() {
        return jdbc.sql("select distinct currency from price_list order by currency").query(String.class).list();
    }
}
