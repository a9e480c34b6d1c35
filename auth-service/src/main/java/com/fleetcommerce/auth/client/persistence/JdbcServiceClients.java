package com.fleetcommerce.auth.client.persistence;

import java.sql.Array;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.fleetcommerce.auth.client.domain.ServiceClient;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class JdbcServiceClients {

    private final JdbcTemplate jdbc;

    public JdbcServiceClients(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ServiceClient> find(String clientId) {
        return jdbc.query("select client_id, secret_hash, scopes from service_client where client_id = ?",
                (rs, row) -> {
                    Array scopes = rs.getArray("scopes");
                    return new ServiceClient(rs.getString("client_id"), rs.getString("secret_hash"),
                            Arrays.asList((String[]) scopes.getArray()));
                }, clientId).stream().findFirst();
    }

    public void upsert(ServiceClient client, Instant now) {
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("""
                    insert into service_client (client_id, secret_hash, scopes, created_at, updated_at)
                    values (?, ?, ?, ?, ?)
                    on conflict (client_id) do update set secret_hash = excluded.secret_hash, scopes = excluded.scopes,
                        updated_at = excluded.updated_at
                    """);
            statement.setString(1, client.clientId());
            statement.setString(2, client.secretHash());
            statement.setArray(3, connection.createArrayOf("text", client.scopes().toArray()));
            statement.setTimestamp(4, Timestamp.from(now));
            statement.setTimestamp(5, Timestamp.from(now));
            return statement;
        });
    }

    public List<String> clientIds() {
        return jdbc.queryForList("select client_id from service_client order by client_id", String.class);
    }
}
