package com.fleetcommerce.pricing.price.persistence;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import com.fleetcommerce.pricing.price.domain.Price;
import com.fleetcommerce.pricing.price.domain.PriceList;
import com.fleetcommerce.pricing.price.domain.PriceListKind;
import com.fleetcommerce.pricing.price.domain.PriceTarget;
import com.fleetcommerce.pricing.price.domain.Tier;
import com.fleetcommerce.pricing.price.domain.Window;

/** Row mapping shared by the price and price-list queries (lists' columns prefixed {@code l_}, prices' {@code p_}). */
final class PriceRows {

    static final String LIST_COLUMNS = """
            l.id as l_id, l.code as l_code, l.name as l_name, l.currency as l_currency, l.priority as l_priority,
            l.customer_group as l_customer_group, l.valid_from as l_valid_from, l.valid_to as l_valid_to,
            l.tax_inclusive as l_tax_inclusive, l.kind as l_kind, l.active as l_active, l.version as l_version""";

    static final String PRICE_COLUMNS = """
            p.id as p_id, p.price_list_id as p_price_list_id, p.sku as p_sku, p.product_id as p_product_id,
            p.warehouse_id as p_warehouse_id, p.amount as p_amount, p.compare_at as p_compare_at,
            p.tier_min as p_tier_min, p.tier_amount as p_tier_amount, p.valid_from as p_valid_from,
            p.valid_to as p_valid_to, p.tax_class as p_tax_class""";

    private PriceRows() {
    }

    static PriceList list(ResultSet rs) throws SQLException {
        Currency currency = Currency.getInstance(rs.getString("l_currency"));
        return new PriceList(rs.getObject("l_id", UUID.class), rs.getString("l_code"), rs.getString("l_name"),
                currency, rs.getInt("l_priority"), rs.getString("l_customer_group"),
                Window.of(instant(rs, "l_valid_from"), instant(rs, "l_valid_to")), rs.getBoolean("l_tax_inclusive"),
                PriceListKind.valueOf(rs.getString("l_kind")), rs.getBoolean("l_active"), rs.getLong("l_version"));
    }

    /** Amounts come back at the currency's scale (stored with 4 decimals so any currency fits one column type). */
    static Price price(ResultSet rs, Currency currency) throws SQLException {
        int scale = currency.getDefaultFractionDigits();
        PriceTarget target = new PriceTarget(rs.getString("p_sku"), rs.getObject("p_product_id", UUID.class),
                rs.getObject("p_warehouse_id", UUID.class));
        BigDecimal compareAt = rs.getBigDecimal("p_compare_at");
        return new Price(rs.getObject("p_id", UUID.class), rs.getObject("p_price_list_id", UUID.class), target,
                rs.getBigDecimal("p_amount").setScale(scale), compareAt == null ? null : compareAt.setScale(scale),
                tiers(rs.getArray("p_tier_min"), rs.getArray("p_tier_amount"), scale),
                Window.of(instant(rs, "p_valid_from"), instant(rs, "p_valid_to")), rs.getString("p_tax_class"));
    }

    private static List<Tier> tiers(Array mins, Array amounts, int scale) throws SQLException {
        Object[] minValues = (Object[]) mins.getArray();
        Object[] amountValues = (Object[]) amounts.getArray();
        List<Tier> tiers = new ArrayList<>(minValues.length);
        for (int i = 0; i < minValues.length; i++) {
            tiers.add(new Tier(((Number) minValues[i]).longValue(), ((BigDecimal) amountValues[i]).setScale(scale)));
        }
        return tiers;
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }

    static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
