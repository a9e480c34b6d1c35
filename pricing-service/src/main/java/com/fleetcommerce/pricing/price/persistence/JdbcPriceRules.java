package com.fleetcommerce.pricing.price.persistence;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fleetcommerce.pricing.price.domain.AdjustmentKind;
import com.fleetcommerce.pricing.price.domain.PriceRule;
import com.fleetcommerce.pricing.price.domain.PriceRuleRepository;
import com.fleetcommerce.pricing.price.domain.ProductFacts;
import com.fleetcommerce.pricing.price.domain.RuleTarget;
import com.fleetcommerce.pricing.price.domain.RuleTargetKind;
import com.fleetcommerce.pricing.price.domain.Window;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

@Repository
class JdbcPriceRules implements PriceRuleRepository {

    private static final String SELECT = """
            select r.id, r.code, r.name, r.base_list_id, l.currency, r.kind, r.value, r.target_kind, r.target_ids,
                   r.valid_from, r.valid_to, r.active, r.version
              from price_rule r join price_list l on l.id = r.base_list_id
            """;

    private final JdbcClient jdbc;

    JdbcPriceRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean insert(PriceRule rule) {
        return jdbc.sql("""
                        insert into price_rule (id, code, name, base_list_id, kind, value, target_kind, target_ids,
                                                valid_from, valid_to, active, version)
                        values (:id, :code, :name, :list, :kind, :value, :targetKind, :targetIds, :from, :to,
                                :active, :version)
                        on conflict (code) do nothing""")
                .param("id", rule.id()).param("code", rule.code()).param("name", rule.name())
                .param("list", rule.baseListId()).param("kind", rule.kind().name()).param("value", rule.value())
                .param("targetKind", rule.target().kind().name())
                .param("targetIds", new SqlArrayValue("uuid", rule.target().sortedIds().toArray()))
                .param("from", PriceRows.timestamp(rule.validity().from()))
                .param("to", PriceRows.timestamp(rule.validity().to()))
                .param("active", rule.active()).param("version", rule.version())
                .update() == 1;
    }

    @Override
    public boolean update(PriceRule rule, long expectedVersion) {
        return jdbc.sql("""
                        update price_rule set name = :name, kind = :kind, value = :value, target_kind = :targetKind,
                               target_ids = :targetIds, valid_from = :from, valid_to = :to, active = :active,
                               version = :version, updated_at = now()
                         where id = :id and version = :expected""")
                .param("id", rule.id()).param("name", rule.name())
                .param("kind", rule.kind().name()).param("value", rule.value())
                .param("targetKind", rule.target().kind().name())
                .param("targetIds", new SqlArrayValue("uuid", rule.target().sortedIds().toArray()))
                .param("from", PriceRows.timestamp(rule.validity().from()))
                .param("to", PriceRows.timestamp(rule.validity().to()))
                .param("active", rule.active()).param("version", rule.version()).param("expected", expectedVersion)
                .update() == 1;
    }

    @Override
    public Optional<PriceRule> findById(UUID id) {
        return jdbc.sql(SELECT + " where r.id = :id").param("id", id).query((rs, n) -> rule(rs)).optional();
    }

    @Override
    public List<PriceRule> page(long offset, int limit) {
        return jdbc.sql(SELECT + " order by r.code offset :offset limit :limit")
                .param("offset", offset).param("limit", limit).query((rs, n) -> rule(rs)).list();
    }

    @Override
    public long count() {
        return jdbc.sql("select count(*) from price_rule").query(Long.class).single();
    }

    @Override
    public List<PriceRule> activeRules(Currency currency) {
        return jdbc.sql(SELECT + " where r.active and l.currency = :currency")
                .param("currency", currency.getCurrencyCode()).query((rs, n) -> rule(rs)).list();
    }

    @Override
    public Map<UUID, ProductFacts> factsOf(Collection<UUID> productIds) {
        Map<UUID, ProductFacts> facts = new HashMap<>();
        if (productIds.isEmpty()) {
            return facts;
        }
        jdbc.sql("select product_id, brand_id, category_ids from catalog_product where product_id = any(:ids)")
                .param("ids", new SqlArrayValue("uuid", productIds.toArray()))
                .query(rs -> {
                    UUID product = rs.getObject("product_id", UUID.class);
                    facts.put(product, new ProductFacts(product, rs.getObject("brand_id", UUID.class),
                            List.of(uuids(rs.getArray("category_ids")))));
                });
        return facts;
    }

    private static PriceRule rule(ResultSet rs) throws SQLException {
        Currency currency = Currency.getInstance(rs.getString("currency"));
        AdjustmentKind kind = AdjustmentKind.valueOf(rs.getString("kind"));
        BigDecimal value = rs.getBigDecimal("value");
        value = kind == AdjustmentKind.FIXED ? value.setScale(currency.getDefaultFractionDigits())
                : plain(value);
        return new PriceRule(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
                rs.getObject("base_list_id", UUID.class), currency, kind, value,
                new RuleTarget(RuleTargetKind.valueOf(rs.getString("target_kind")),
                        new LinkedHashSet<>(Arrays.asList(uuids(rs.getArray("target_ids"))))),
                Window.of(PriceRows.instant(rs, "valid_from"), PriceRows.instant(rs, "valid_to")),
                rs.getBoolean("active"), rs.getLong("version"));
    }

    /** 10.0000 -> 10 (never 1E+1, which JSON would carry as an exponent). */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static UUID[] uuids(Array array) throws SQLException {
        Object[] values = (Object[]) array.getArray();
        return Arrays.stream(values).map(UUID.class::cast).toArray(UUID[]::new);
    }
}
