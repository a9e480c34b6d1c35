package com.fleetcommerce.customer.verification.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import com.fleetcommerce.customer.verification.domain.VerificationChannel;
import com.fleetcommerce.customer.verification.domain.VerificationCode;
import com.fleetcommerce.customer.verification.domain.VerificationRepository;
import com.fleetcommerce.customer.verification.domain.VerificationStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class JdbcVerificationCodes implements VerificationRepository {

    private final NamedParameterJdbcTemplate jdbc;

    JdbcVerificationCodes(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<VerificationCode> current(UUID customerId, VerificationChannel channel) {
        return jdbc.query("""
                select * from verification_code
                 where customer_id = :c and channel = :ch and status in ('ACTIVE', 'DEAD')
                 order by created_at desc, id desc limit 1 for update
                """, key(customerId, channel), (rs, n) -> new VerificationCode(rs.getObject("id", UUID.class),
                rs.getObject("customer_id", UUID.class), VerificationChannel.valueOf(rs.getString("channel")),
                rs.getString("destination"), rs.getString("code_hash"), rs.getTimestamp("expires_at").toInstant(),
                rs.getInt("attempts"), VerificationStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("created_at").toInstant())).stream().findFirst();
    }

    @Override
    public Optional<Instant> lastRequestedAt(UUID customerId, VerificationChannel channel) {
        Timestamp last = jdbc.queryForObject("""
                select max(created_at) from verification_code where customer_id = :c and channel = :ch
                """, key(customerId, channel), Timestamp.class);
        return Optional.ofNullable(last).map(Timestamp::toInstant);
    }

    @Override
    public int requestedSince(UUID customerId, VerificationChannel channel, Instant since) {
        Integer count = jdbc.queryForObject("""
                select count(*) from verification_code
                 where customer_id = :c and channel = :ch and created_at >= :since
                """, key(customerId, channel).addValue("since", since.atOffset(ZoneOffset.UTC)), Integer.class);
        return count == null ? 0 : count;
    }

    @Override
    public void supersede(UUID customerId, VerificationChannel channel) {
        jdbc.update("""
                update verification_code set status = 'SUPERSEDED'
                 where customer_id = :c and channel = :ch and status = 'ACTIVE'
                """, key(customerId, channel));
    }

    @Override
    public void insert(VerificationCode code) {
        jdbc.update("""
                insert into verification_code (id, customer_id, channel, destination, code_hash, expires_at, attempts,
                                               status, created_at)
                values (:id, :c, :ch, :destination, :hash, :expiresAt, :attempts, :status, :createdAt)
                """, key(code.customerId(), code.channel()).addValue("id", code.id())
                .addValue("destination", code.destination()).addValue("hash", code.codeHash())
                .addValue("expiresAt", code.expiresAt().atOffset(ZoneOffset.UTC))
                .addValue("attempts", code.attempts()).addValue("status", code.status().name())
                .addValue("createdAt", code.createdAt().atOffset(ZoneOffset.UTC)));
    }

    @Override
    public void update(VerificationCode code) {
        jdbc.update("update verification_code set attempts = :attempts, status = :status where id = :id",
                new MapSqlParameterSource("id", code.id()).addValue("attempts", code.attempts())
                        .addValue("status", code.status().name()));
    }

    @Override
    public void deleteAll(UUID customerId) {
        jdbc.update("delete from verification_code where customer_id = :c", new MapSqlParameterSource("c", customerId));
    }

    private static MapSqlParameterSource key(UUID customerId, VerificationChannel channel) {
        return new MapSqlParameterSource("c", customerId).addValue("ch", channel.name());
    }
}
