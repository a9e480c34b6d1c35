package com.fleetcommerce.pricing.price.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fleetcommerce.pricing.price.domain.PriceList;
import com.fleetcommerce.pricing.price.domain.PriceListRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcPriceLists implements PriceListRepository {

    private static final String SELECT = "select " + PriceRows.LIST_COLUMNS + " from price_list l ";

    private final JdbcClient jdbc;

    JdbcPriceLists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean insert(PriceList list) {
        return jdbc.sql("""
                        insert into price_list (id, code, name, currency, priority, customer_group, valid_from, valid_to,
                                                tax_inclusive, kind, active, version)
                        values (:id, :code, :name, :currency, :priority, :group, :from, :to, :inclusive, :kind,
                                :active, :version)
                        on conflict (code) do nothing""")
                .param("id", list.id()).param("code", list.code()).param("name", list.name())
                .param("currency", list.currency().getCurrencyCode()).param("priority", list.priority())
                .param("group", list.customerGroup())
                .param("from", PriceRows.timestamp(list.validity().from()))
                .param("to", PriceRows.timestamp(list.validity().to()))
                .param("inclusive", list.taxInclusive()).param("kind", list.kind().name())
                .param("active", list.active()).param("version", list.version())
                .update() == 1;
    }

    @Override
    public boolean update(PriceList list, long expectedVersion) {
        return jdbc.sql("""
                        update price_list set name = :name, priority = :priority, customer_group = :group,
                               valid_from = :from, valid_to = :to, tax_inclusive = :inclusive, active = :active,
                               version = :version, updated_at = now()
                        where id = :id and version = :expected""")
                .param("id", list.id()).param("name", list.name()).param("priority", list.priority())
                .param("group", list.customerGroup())
                .param("from", PriceRows.timestamp(list.validity().from()))
                .param("to", PriceRows.timestamp(list.validity().to()))
                .param("inclusive", list.taxInclusive()).param("active", list.active())
                .param("version", list.version()).param("expected", expectedVersion)
                .update() == 1;
    }

    @Override
    public Optional<PriceList> findById(UUID id) {
        return jdbc.sql(SELECT + "where l.id = :id").param("id", id)
                .query((rs, n) -> PriceRows.list(rs)).optional();
    }

    @Override
    public Optional<PriceList> findByCode(String code) {
        return jdbc.sql(SELECT + "where l.code = :code").param("code", code)
                .query((rs, n) -> PriceRows.list(rs)).optional();
    }

    @Override
    public List<PriceList> page(long offset, int limit) {
        return jdbc.sql(SELECT + "order by l.currency, l.priority desc, l.code offset :offset limit :limit")
                .param("offset", offset).param("limit", limit)
                .query((rs, n) -> PriceRows.list(rs)).list();
    }

    @Override
    public long count() {
        return jdbc.sql("select count(*) from price_list").query(Long.class).single();
    }
}
