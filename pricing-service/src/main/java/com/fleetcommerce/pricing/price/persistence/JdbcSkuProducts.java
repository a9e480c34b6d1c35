package com.fleetcommerce.pricing.price.persistence;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.pricing.price.domain.SkuProducts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

@Repository
class JdbcSkuProducts implements SkuProducts {

    private final JdbcClient jdbc;

    JdbcSkuProducts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void put(String sku, UUID productId) {
        jdbc.sql("""
                        insert into sku_product (sku, product_id) values (:sku, :product)
                        on conflict (sku) do update set product_id = excluded.product_id, updated_at = now()
                        where sku_product.product_id <> excluded.product_id""")
                .param("sku", sku).param("product", productId).update();
    }

    @Override
    public Map<String, UUID> productsOf(Collection<String> skus) {
        Map<String, UUID> products = new HashMap<>();
        if (skus.isEmpty()) {
            return products;
        }
        jdbc.sql("select sku, product_id from sku_product where sku = any(:skus)")
                .param("skus", new SqlArrayValue("varchar", skus.toArray(String[]::new)))
                .query(rs -> {
                    products.put(rs.getString("sku"), rs.getObject("product_id", UUID.class));
                });
        return products;
    }

    @Override
    public List<String> skusOf(Collection<UUID> productIds) {
        if (productIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select sku from sku_product where product_id = any(:products) order by sku")
                .param("products", new SqlArrayValue("uuid", productIds.toArray(UUID[]::new)))
                .query(String.class).list();
    }
}
