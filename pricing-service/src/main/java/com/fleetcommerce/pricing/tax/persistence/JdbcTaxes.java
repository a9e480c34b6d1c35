package com.fleetcommerce.pricing.tax.persistence;

import java.util.Collection;
import java.util.List;

import com.fleetcommerce.pricing.tax.domain.TaxClass;
import com.fleetcommerce.pricing.tax.domain.TaxRate;
import com.fleetcommerce.pricing.tax.domain.TaxRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

@Repository
class JdbcTaxes implements TaxRepository {

    private final JdbcClient jdbc;

    JdbcTaxes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void putClass(TaxClass taxClass) {
        jdbc.sql("insert into tax_class (code, name) values (:code, :name) on conflict (code) do update set name = excluded.name")
                .param("code", taxClass.code()).param("name", taxClass.name()).update();
    }

    @Override
    public boolean classExists(String code) {
        return jdbc.sql("select exists (select 1 from tax_class where code = :code)").param("code", code)
                .query(Boolean.class).single();
    }

    @Override
    public List<TaxClass> classes() {
        return jdbc.sql("select code, name from tax_class order by code")
                .query((rs, n) -> new TaxClass(rs.getString("code"), rs.getString("name"))).list();
    }

    @Override
    public void putRate(TaxRate rate) {
        jdbc.sql("""
                        insert into tax_rate (tax_class, country, region, rate) values (:class, :country, :region, :rate)
                        on conflict (tax_class, country, region) do update set rate = excluded.rate""")
                .param("class", rate.taxClass()).param("country", rate.country()).param("region", rate.region())
                .param("rate", rate.ratePercent()).update();
    }

    @Override
    public boolean deleteRate(String taxClass, String country, String region) {
        return jdbc.sql("delete from tax_rate where tax_class = :class and country = :country and region = :region")
                .param("class", taxClass).param("country", country).param("region", region).update() == 1;
    }

    @Override
    public List<TaxRate> rates() {
        return jdbc.sql("select tax_class, country, region, rate from tax_rate order by tax_class, country, region")
                .query((rs, n) -> new TaxRate(rs.getString("tax_class"), rs.getString("country"),
                        rs.getString("region"), rs.getBigDecimal("rate").stripTrailingZeros()))
                .list();
    }

    @Override
    public List<TaxRate> ratesFor(Collection<String> taxClasses, String country) {
        return jdbc.sql("select tax_class, country, region, rate from tax_rate where country = :country and tax_class = any(:classes)")
                .param("country", country)
                .param("classes", new SqlArrayValue("varchar", taxClasses.toArray(String[]::new)))
                .query((rs, n) -> new TaxRate(rs.getString("tax_class"), rs.getString("country"),
                        rs.getString("region"), rs.getBigDecimal("rate").stripTrailingZeros()))
                .list();
    }
}
