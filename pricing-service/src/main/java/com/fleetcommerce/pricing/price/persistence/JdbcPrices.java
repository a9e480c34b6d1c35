package com.fleetcommerce.pricing.price.persistence;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fleetcommerce.pricing.price.domain.Price;
import com.fleetcommerce.pricing.price.domain.PriceCandidate;
import com.fleetcommerce.pricing.price.domain.PriceList;
import com.fleetcommerce.pricing.price.domain.PriceRepository;
import com.fleetcommerce.pricing.price.domain.PriceTarget;
import com.fleetcommerce.pricing.price.domain.Tier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

@Repository
class JdbcPrices implements PriceRepository {

    /** Advisory-lock namespace of price writers; SKUs hash onto a bounded number of stripes to bound lock-table use. */
    private static final int LOCK_SPACE = 8601;
    private static final int LOCK_STRIPES = 256;

    private static final String SAME_TARGET = """
            price_list_id = :list and sku is not distinct from :sku and product_id is not distinct from :product
            and warehouse_id is not distinct from :warehouse""";

    private static final int BATCH_SIZE = 1_000;

    private static final String UPSERT = """
            insert into price (id, price_list_id, sku, product_id, warehouse_id, amount, compare_at,
                               tier_min, tier_amount, valid_from, valid_to, tax_class)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict on constraint price_natural_key do update set
                amount = excluded.amount, compare_at = excluded.compare_at, tier_min = excluded.tier_min,
                tier_amount = excluded.tier_amount, valid_from = excluded.valid_from,
                valid_to = excluded.valid_to, tax_class = excluded.tax_class, updated_at = now()
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    JdbcPrices(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    @Override
    public boolean upsert(Price price) {
        PriceTarget target = price.target();
        return jdbc.sql("""
                        insert into price (id, price_list_id, sku, product_id, warehouse_id, amount, compare_at,
                                           tier_min, tier_amount, valid_from, valid_to, tax_class)
                        values (:id, :list, :sku, :product, :warehouse, :amount, :compareAt, :tierMin, :tierAmount,
                                :from, :to, :taxClass)
                        on conflict on constraint price_natural_key do update set
                            amount = excluded.amount, compare_at = excluded.compare_at, tier_min = excluded.tier_min,
                            tier_amount = excluded.tier_amount, valid_from = excluded.valid_from,
                            valid_to = excluded.valid_to, tax_class = excluded.tax_class, updated_at = now()
                        returning (xmax = 0) as inserted""")
                .param("id", price.id()).param("list", price.priceListId()).param("sku", target.sku())
                .param("product", target.productId()).param("warehouse", target.warehouseId())
                .param("amount", price.amount()).param("compareAt", price.compareAt())
                .param("tierMin", new SqlArrayValue("bigint",
                        price.tiers().stream().map(Tier::minQuantity).toArray(Long[]::new)))
                .param("tierAmount", new SqlArrayValue("numeric",
                        price.tiers().stream().map(Tier::amount).toArray(BigDecimal[]::new)))
                .param("from", PriceRows.timestamp(price.validity().from()))
                .param("to", PriceRows.timestamp(price.validity().to()))
                .param("taxClass", price.taxClass())
                .query(Boolean.class).single();
    }

    @Override
    public boolean delete(UUID priceListId, PriceTarget target) {
        return jdbc.sql("delete from price where " + SAME_TARGET)
                .param("list", priceListId).param("sku", target.sku()).param("product", target.productId())
                .param("warehouse", target.warehouseId())
                .update() == 1;
    }

    @Override
    public Optional<Price> find(UUID priceListId, PriceTarget target) {
        return jdbc.sql("select " + PriceRows.LIST_COLUMNS + ", " + PriceRows.PRICE_COLUMNS
                        + " from price p join price_list l on l.id = p.price_list_id where p.id = (select id from price"
                        + " where " + SAME_TARGET + ")")
                .param("list", priceListId).param("sku", target.sku()).param("product", target.productId())
                .param("warehouse", target.warehouseId())
                .query((rs, n) -> PriceRows.price(rs, Currency.getInstance(rs.getString("l_currency"))))
                .optional();
    }

    @Override
    public List<Price> pageOfList(UUID priceListId, long offset, int limit) {
        return jdbc.sql("select " + PriceRows.LIST_COLUMNS + ", " + PriceRows.PRICE_COLUMNS + """
                         from price p join price_list l on l.id = p.price_list_id
                        where p.price_list_id = :list
                        order by p.sku nulls last, p.product_id, p.warehouse_id nulls first
                        offset :offset limit :limit""")
                .param("list", priceListId).param("offset", offset).param("limit", limit)
                .query((rs, n) -> PriceRows.price(rs, Currency.getInstance(rs.getString("l_currency"))))
                .list();
    }

    @Override
    public long countOfList(UUID priceListId) {
        return jdbc.sql("select count(*) from price where price_list_id = :list").param("list", priceListId)
                .query(Long.class).single();
    }

    @Override
    public List<PriceCandidate> candidates(Collection<String> skus, Collection<UUID> productIds, Currency currency) {
        if (skus.isEmpty() && productIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + PriceRows.LIST_COLUMNS + ", " + PriceRows.PRICE_COLUMNS + """
                         from price p join price_list l on l.id = p.price_list_id
                        where l.active and l.currency = :currency
                          and (p.sku = any(:skus) or p.product_id = any(:products))""")
                .param("currency", currency.getCurrencyCode())
                .param("skus", new SqlArrayValue("varchar", skus.toArray(String[]::new)))
                .param("products", new SqlArrayValue("uuid", productIds.toArray(UUID[]::new)))
                .query((rs, n) -> {
                    PriceList list = PriceRows.list(rs);
                    return new PriceCandidate(list, PriceRows.price(rs, list.currency()));
                })
                .list();
    }

    @Override
    public List<PriceTarget> targetsOfList(UUID priceListId) {
        return jdbc.sql("select sku, product_id, warehouse_id from price where price_list_id = :list")
                .param("list", priceListId)
                .query((rs, n) -> new PriceTarget(rs.getString("sku"), rs.getObject("product_id", UUID.class),
                        rs.getObject("warehouse_id", UUID.class)))
                .list();
    }

    @Override
    public void lockSkus(Collection<String> skus) {
        if (skus.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        select count(pg_advisory_xact_lock(:space, stripe)) from (
                            select distinct mod(abs(hashtext(s)::bigint), :stripes)::int as stripe
                            from unnest(:skus) as s order by stripe) stripes""")
                .param("space", LOCK_SPACE).param("stripes", LOCK_STRIPES)
                .param("skus", new SqlArrayValue("varchar", skus.toArray(String[]::new)))
                .query(Long.class).single();
    }

    @Override
    public List<Long> nextEventVersions(int count) {
        if (count == 0) {
            return List.of();
        }
        return jdbc.sql("select nextval('price_event_version') from generate_series(1, :count) order by 1")
                .param("count", count).query(Long.class).list();
    }

    @Override
    public void upsertAll(List<Price> prices) {
        for (int from = 0; from < prices.size(); from += BATCH_SIZE) {
            List<Price> batch = prices.subList(from, Math.min(prices.size(), from + BATCH_SIZE));
            template.batchUpdate(UPSERT, batch, batch.size(), (ps, price) -> {
                PriceTarget target = price.target();
                ps.setObject(1, price.id());
                ps.setObject(2, price.priceListId());
                ps.setString(3, target.sku());
                ps.setObject(4, target.productId());
                ps.setObject(5, target.warehouseId());
                ps.setBigDecimal(6, price.amount());
                ps.setBigDecimal(7, price.compareAt());
                ps.setArray(8, ps.getConnection().createArrayOf("bigint",
                        price.tiers().stream().map(Tier::minQuantity).toArray(Long[]::new)));
                ps.setArray(9, ps.getConnection().createArrayOf("numeric",
                        price.tiers().stream().map(Tier::amount).toArray(BigDecimal[]::new)));
                ps.setTimestamp(10, PriceRows.timestamp(price.validity().from()));
                ps.setTimestamp(11, PriceRows.timestamp(price.validity().to()));
                ps.setString(12, price.taxClass());
            });
        }
    }
}
