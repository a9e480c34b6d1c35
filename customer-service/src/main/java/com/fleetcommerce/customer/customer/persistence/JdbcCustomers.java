package com.fleetcommerce.customer.customer.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.fleetcommerce.customer.customer.domain.Consent;
import com.fleetcommerce.customer.customer.domain.Customer;
import com.fleetcommerce.customer.customer.domain.CustomerRepository;
import com.fleetcommerce.customer.customer.domain.CustomerSearch;
import com.fleetcommerce.customer.customer.domain.CustomerStatus;
import com.fleetcommerce.customer.customer.domain.Gender;
import com.fleetcommerce.customer.customer.domain.NotificationChannel;
import com.fleetcommerce.customer.customer.domain.Preferences;
import com.fleetcommerce.customer.customer.domain.Profile;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Customer, profile and preferences rows; the three are written together and read in one join. */
@Repository
class JdbcCustomers implements CustomerRepository {

    private static final String SELECT = """
            select c.*, p.first_name, p.last_name, p.birthday, p.gender, p.avatar_url,
                   f.language, f.currency, f.notification_channels,
                   f.marketing_email, f.marketing_email_at, f.marketing_sms, f.marketing_sms_at,
                   f.marketing_push, f.marketing_push_at
              from customer c
              join customer_profile p on p.customer_id = c.id
              join customer_preferences f on f.customer_id = c.id
            """;

    private final NamedParameterJdbcTemplate jdbc;

    JdbcCustomers(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Customer> findById(UUID id) {
        return one(SELECT + " where c.id = :id", new MapSqlParameterSource("id", id));
    }

    @Override
    public Optional<Customer> findByAccountId(UUID accountId) {
        return one(SELECT + " where c.account_id = :id", new MapSqlParameterSource("id", accountId));
    }

    @Override
    public Optional<Customer> lock(UUID id) {
        return one(SELECT + " where c.id = :id for update of c", new MapSqlParameterSource("id", id));
    }

    @Override
    public boolean insertIfAbsent(Customer c) {
        int inserted = jdbc.update("""
                insert into customer (id, account_id, email, phone, status, email_verified, phone_verified,
                                      created_at, updated_at, version)
                values (:id, :accountId, :email, :phone, :status, :emailVerified, :phoneVerified, :createdAt,
                        :updatedAt, 0)
                on conflict (account_id) do nothing
                """, customerParams(c));
        if (inserted == 0) {
            return false;
        }
        jdbc.update("insert into customer_profile (customer_id) values (:id)", new MapSqlParameterSource("id", c.id()));
        jdbc.update("""
                insert into customer_preferences (customer_id, language, currency) values (:id, :language, :currency)
                """, new MapSqlParameterSource("id", c.id()).addValue("language", c.preferences().language())
                .addValue("currency", c.preferences().currency()));
        writeDetails(c);
        return true;
    }

    @Override
    public Optional<Customer> update(Customer c) {
        int updated = jdbc.update("""
                update customer set email = :email, phone = :phone, status = :status,
                       email_verified = :emailVerified, phone_verified = :phoneVerified, updated_at = :updatedAt,
                       version = version + 1
                 where id = :id and version = :version
                """, customerParams(c));
        if (updated == 0) {
            return Optional.empty();
        }
        writeDetails(c);
        return findById(c.id());
    }

    private void writeDetails(Customer c) {
        Profile p = c.profile();
        jdbc.update("""
                update customer_profile set first_name = :firstName, last_name = :lastName, birthday = :birthday,
                       gender = :gender, avatar_url = :avatarUrl
                 where customer_id = :id
                """, new MapSqlParameterSource("id", c.id()).addValue("firstName", p.firstName())
                .addValue("lastName", p.lastName()).addValue("birthday", p.birthday())
                .addValue("gender", p.gender() == null ? null : p.gender().name())
                .addValue("avatarUrl", p.avatarUrl()));
        Preferences f = c.preferences();
        jdbc.update("""
                update customer_preferences set language = :language, currency = :currency,
                       notification_channels = cast(:channels as text[]),
                       marketing_email = :email, marketing_email_at = :emailAt,
                       marketing_sms = :sms, marketing_sms_at = :smsAt,
                       marketing_push = :push, marketing_push_at = :pushAt
                 where customer_id = :id
                """, new MapSqlParameterSource("id", c.id()).addValue("language", f.language())
                .addValue("currency", f.currency())
                .addValue("channels", "{" + String.join(",", f.notificationChannels().stream()
                        .map(Enum::name).sorted().toList()) + "}")
                .addValue("email", f.marketingEmail().granted()).addValue("emailAt", ts(f.marketingEmail().changedAt()))
                .addValue("sms", f.marketingSms().granted()).addValue("smsAt", ts(f.marketingSms().changedAt()))
                .addValue("push", f.marketingPush().granted()).addValue("pushAt", ts(f.marketingPush().changedAt())));
    }

    @Override
    public List<Customer> search(CustomerSearch search) {
        MapSqlParameterSource params = searchParams(search).addValue("offset", search.offset())
                .addValue("limit", search.limit());
        return jdbc.query(SELECT + where(search) + " order by c.id limit :limit offset :offset", params,
                (rs, n) -> map(rs));
    }

    @Override
    public long count(CustomerSearch search) {
        Long count = jdbc.queryForObject("select count(*) from (" + SELECT + where(search) + ") found",
                searchParams(search), Long.class);
        return count == null ? 0 : count;
    }

    private static String where(CustomerSearch search) {
        List<String> clauses = new ArrayList<>();
        if (search.text() != null) {
            clauses.add("""
                    (c.email ilike :text or c.phone ilike :text or p.first_name ilike :text or p.last_name ilike :text
                     or (p.first_name || ' ' || p.last_name) ilike :text)""");
        }
        if (search.segmentId() != null) {
            clauses.add("exists (select 1 from segment_member m where m.customer_id = c.id and m.segment_id = :segment)");
        }
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    private static MapSqlParameterSource searchParams(CustomerSearch search) {
        return new MapSqlParameterSource()
                .addValue("text", search.text() == null ? null : "%" + escapeLike(search.text()) + "%")
                .addValue("segment", search.segmentId());
    }

    /** The caller's text is matched literally: {@code %} and {@code _} are not wildcards for them. */
    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private Optional<Customer> one(String sql, MapSqlParameterSource params) {
        return jdbc.query(sql, params, (rs, n) -> map(rs)).stream().findFirst();
    }

    private static MapSqlParameterSource customerParams(Customer c) {
        return new MapSqlParameterSource("id", c.id()).addValue("accountId", c.accountId())
                .addValue("email", c.email()).addValue("phone", c.phone()).addValue("status", c.status().name())
                .addValue("emailVerified", c.emailVerified()).addValue("phoneVerified", c.phoneVerified())
                .addValue("createdAt", ts(c.createdAt())).addValue("updatedAt", ts(c.updatedAt()))
                .addValue("version", c.version());
    }

    private static Customer map(ResultSet rs) throws SQLException {
        LocalDate birthday = rs.getObject("birthday", LocalDate.class);
        String gender = rs.getString("gender");
        Profile profile = new Profile(rs.getString("first_name"), rs.getString("last_name"), birthday,
                gender == null ? null : Gender.valueOf(gender), rs.getString("avatar_url"));
        Preferences preferences = new Preferences(rs.getString("language"), rs.getString("currency"),
                channels(rs.getArray("notification_channels")),
                new Consent(rs.getBoolean("marketing_email"), instant(rs, "marketing_email_at")),
                new Consent(rs.getBoolean("marketing_sms"), instant(rs, "marketing_sms_at")),
                new Consent(rs.getBoolean("marketing_push"), instant(rs, "marketing_push_at")));
        return new Customer(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
                rs.getString("email"), rs.getString("phone"), CustomerStatus.valueOf(rs.getString("status")),
                rs.getBoolean("email_verified"), rs.getBoolean("phone_verified"), instant(rs, "created_at"),
                instant(rs, "updated_at"), rs.getLong("version"), profile, preferences);
    }

    private static Set<NotificationChannel> channels(Array array) throws SQLException {
        Set<NotificationChannel> channels = EnumSet.noneOf(NotificationChannel.class);
        if (array != null) {
            for (Object value : (Object[]) array.getArray()) {
                channels.add(NotificationChannel.valueOf((String) value));
            }
        }
        return channels;
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    static java.time.OffsetDateTime ts(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
