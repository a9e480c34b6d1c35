package com.fleetcommerce.customer.address.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fleetcommerce.customer.address.domain.Address;
import com.fleetcommerce.customer.address.domain.AddressRepository;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class JdbcAddresses implements AddressRepository {

    private final NamedParameterJdbcTemplate jdbc;

    JdbcAddresses(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Address> ofCustomer(UUID customerId) {
        return jdbc.query("select * from address where customer_id = :c order by created_at, id",
                new MapSqlParameterSource("c", customerId), (rs, n) -> map(rs));
    }

    @Override
    public Optional<Address> find(UUID customerId, UUID addressId) {
        return jdbc.query("select * from address where customer_id = :c and id = :id",
                new MapSqlParameterSource("c", customerId).addValue("id", addressId), (rs, n) -> map(rs))
                .stream().findFirst();
    }

    @Override
    public int count(UUID customerId) {
        Integer count = jdbc.queryForObject("select count(*) from address where customer_id = :c",
                new MapSqlParameterSource("c", customerId), Integer.class);
        return count == null ? 0 : count;
    }

    @Override
    public void insert(Address a) {
        jdbc.update("""
                insert into address (id, customer_id, label, recipient_name, phone, country, province, district, ward,
                                     city, line1, line2, postal_code, default_shipping, default_billing, created_at,
                                     version)
                values (:id, :customerId, :label, :recipientName, :phone, :country, :province, :district, :ward,
                        :city, :line1, :line2, :postalCode, :defaultShipping, :defaultBilling, :createdAt, 0)
                """, params(a));
    }

    @Override
    public Optional<Address> update(Address a) {
        int updated = jdbc.update("""
                update address set label = :label, recipient_name = :recipientName, phone = :phone,
                       country = :country, province = :province, district = :district, ward = :ward, city = :city,
                       line1 = :line1, line2 = :line2, postal_code = :postalCode,
                       default_shipping = :defaultShipping, default_billing = :defaultBilling, version = version + 1
                 where id = :id and customer_id = :customerId and version = :version
                """, params(a));
        return updated == 0 ? Optional.empty() : find(a.customerId(), a.id());
    }

    @Override
    public boolean delete(UUID customerId, UUID addressId) {
        return jdbc.update("delete from address where customer_id = :c and id = :id",
                new MapSqlParameterSource("c", customerId).addValue("id", addressId)) == 1;
    }

    @Override
    public void clearDefaults(UUID customerId, boolean shipping, boolean billing) {
        MapSqlParameterSource c = new MapSqlParameterSource("c", customerId);
        // versions move too: a client holding the old default's ETag must reload before changing it
        if (shipping) {
            jdbc.update("""
                    update address set default_shipping = false, version = version + 1
                     where customer_id = :c and default_shipping
                    """, c);
        }
        if (billing) {
            jdbc.update("""
                    update address set default_billing = false, version = version + 1
                     where customer_id = :c and default_billing
                    """, c);
        }
    }

    private static MapSqlParameterSource params(Address a) {
        return new MapSqlParameterSource("id", a.id()).addValue("customerId", a.customerId())
                .addValue("label", a.label()).addValue("recipientName", a.recipientName())
                .addValue("phone", a.phone()).addValue("country", a.country()).addValue("province", a.province())
                .addValue("district", a.district()).addValue("ward", a.ward()).addValue("city", a.city())
                .addValue("line1", a.line1()).addValue("line2", a.line2()).addValue("postalCode", a.postalCode())
                .addValue("defaultShipping", a.defaultShipping()).addValue("defaultBilling", a.defaultBilling())
                .addValue("createdAt", a.createdAt().atOffset(ZoneOffset.UTC)).addValue("version", a.version());
    }

    private static Address map(ResultSet rs) throws SQLException {
        return new Address(rs.getObject("id", UUID.class), rs.getObject("customer_id", UUID.class),
                rs.getString("label"), rs.getString("recipient_name"), rs.getString("phone"),
                rs.getString("country"), rs.getString("province"), rs.getString("district"), rs.getString("ward"),
                rs.getString("city"), rs.getString("line1"), rs.getString("line2"), rs.getString("postal_code"),
                rs.getBoolean("default_shipping"), rs.getBoolean("default_billing"),
                rs.getTimestamp("created_at").toInstant(), rs.getLong("version"));
    }
}
