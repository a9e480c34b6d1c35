package com.fleetcommerce.shared.web.idempotency;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * PostgreSQL store over the {@code idempotency_keys} table (migration {@code V0_0_3__idempotency_keys.sql}). Plain
 * JDBC so services need no entity scanning; each operation runs in its own short transaction (REQUIRES_NEW on a
 * manager of its own), so a claim is committed and visible to other replicas before the handler starts, even if
 * the pool has auto-commit off or the caller holds a transaction.
 */
public class JdbcIdempotencyStore implements IdempotencyStore {

    private static final String COMPLETED = "COMPLETED";

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    public JdbcIdempotencyStore(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public ClaimResult claim(IdempotencyScope scope, String requestHash, Duration ttl, Duration claimTimeout) {
        UUID token = UUID.randomUUID();
        return tx.execute(status -> {
            // the claim itself: only one of any number of concurrent requests gets a row back
            Optional<UUID> inserted = jdbc.sql("""
                    INSERT INTO idempotency_keys (idempotency_key, scope_hash, caller, route, request_hash, state,
                        claim_token, created_at, locked_until, expires_at)
                    VALUES (:key, :scope, :caller, :route, :hash, 'IN_PROGRESS', :token, now(),
                        now() + CAST(:claimMs AS double precision) * INTERVAL '1 millisecond',
                        now() + CAST(:ttlMs AS double precision) * INTERVAL '1 millisecond')
                    ON CONFLICT (idempotency_key, scope_hash) DO NOTHING
                    RETURNING claim_token
                    """)
                    .params(claimParams(scope, requestHash, token, ttl, claimTimeout))
                    .query(UUID.class).optional();
            if (inserted.isPresent()) {
                return ClaimResult.claimed(token);
            }
            // an expired record, or a claim whose instance died mid-request, may be taken over; the WHERE is
            // re-checked under the row lock, so two takeovers cannot both win
            Optional<UUID> takenOver = jdbc.sql("""
                    UPDATE idempotency_keys
                       SET request_hash = :hash, state = 'IN_PROGRESS', claim_token = :token, caller = :caller,
                           route = :route, response_status = NULL, response_content_type = NULL,
                           response_location = NULL, response_etag = NULL, response_body = NULL, created_at = now(),
                           completed_at = NULL,
                           locked_until = now() + CAST(:claimMs AS double precision) * INTERVAL '1 millisecond',
                           expires_at = now() + CAST(:ttlMs AS double precision) * INTERVAL '1 millisecond'
                     WHERE idempotency_key = :key AND scope_hash = :scope
                       AND (expires_at <= now() OR (state = 'IN_PROGRESS' AND locked_until <= now()))
                    RETURNING claim_token
                    """)
                    .params(claimParams(scope, requestHash, token, ttl, claimTimeout))
                    .query(UUID.class).optional();
            if (takenOver.isPresent()) {
                return ClaimResult.claimed(token);
            }
            return ClaimResult.taken(select(scope).orElse(null));
        });
    }

    @Override
    public Optional<IdempotencyRecord> find(IdempotencyScope scope) {
        return tx.execute(status -> select(scope));
    }

    @Override
    public void complete(IdempotencyScope scope, UUID claimToken, StoredResponse response, Duration ttl) {
        tx.executeWithoutResult(status -> jdbc.sql("""
                UPDATE idempotency_keys
                   SET state = 'COMPLETED', response_status = :status, response_content_type = :contentType,
                       response_location = :location, response_etag = :etag, response_body = :body,
                       completed_at = now(),
                       expires_at = now() + CAST(:ttlMs AS double precision) * INTERVAL '1 millisecond'
                 WHERE idempotency_key = :key AND scope_hash = :scope AND claim_token = :token AND state = 'IN_PROGRESS'
                """)
                .param("status", response.status())
                .param("contentType", response.contentType())
                .param("location", response.location())
                .param("etag", response.etag())
                .param("body", response.body())
                .param("ttlMs", ttl.toMillis())
                .param("key", scope.key())
                .param("scope", scope.hash())
                .param("token", claimToken)
                .update());
    }

    @Override
    public void release(IdempotencyScope scope, UUID claimToken) {
        tx.executeWithoutResult(status -> jdbc.sql("""
                DELETE FROM idempotency_keys
                 WHERE idempotency_key = :key AND scope_hash = :scope AND claim_token = :token AND state = 'IN_PROGRESS'
                """)
                .param("key", scope.key())
                .param("scope", scope.hash())
                .param("token", claimToken)
                .update());
    }

    @Override
    public int deleteExpired(int batchSize) {
        Integer deleted = tx.execute(status -> jdbc.sql("""
                DELETE FROM idempotency_keys
                 WHERE (idempotency_key, scope_hash) IN (
                       SELECT idempotency_key, scope_hash FROM idempotency_keys
                        WHERE expires_at <= now()
                        ORDER BY expires_at
                        LIMIT :batch
                        FOR UPDATE SKIP LOCKED)
                """)
                .param("batch", batchSize)
                .update());
        return deleted == null ? 0 : deleted;
    }

    private Optional<IdempotencyRecord> select(IdempotencyScope scope) {
        return jdbc.sql("""
                SELECT request_hash, state, response_status, response_content_type, response_location, response_etag,
                       response_body,
                       (expires_at <= now() OR (state = 'IN_PROGRESS' AND locked_until <= now())) AS claimable
                  FROM idempotency_keys
                 WHERE idempotency_key = :key AND scope_hash = :scope
                """)
                .param("key", scope.key())
                .param("scope", scope.hash())
                .query(JdbcIdempotencyStore::toRecord)
                .optional();
    }

    private static IdempotencyRecord toRecord(ResultSet rs, int row) throws SQLException {
        boolean completed = COMPLETED.equals(rs.getString("state"));
        StoredResponse response = completed ? new StoredResponse(rs.getInt("response_status"),
                rs.getString("response_content_type"), rs.getString("response_location"), rs.getString("response_etag"),
                rs.getBytes("response_body")) : null;
        return new IdempotencyRecord(rs.getString("request_hash"), completed, rs.getBoolean("claimable"), response);
    }

    private static Map<String, Object> claimParams(IdempotencyScope scope, String requestHash, UUID token,
            Duration ttl, Duration claimTimeout) {
        Map<String, Object> params = new HashMap<>();
        params.put("key", scope.key());
        params.put("scope", scope.hash());
        params.put("caller", scope.caller());
        params.put("route", scope.route());
        params.put("hash", requestHash);
        params.put("token", token);
        params.put("claimMs", claimTimeout.toMillis());
        params.put("ttlMs", ttl.toMillis());
        return params;
    }
}
