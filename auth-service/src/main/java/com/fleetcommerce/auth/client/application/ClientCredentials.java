package com.fleetcommerce.auth.client.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import com.fleetcommerce.auth.client.domain.ServiceClient;
import com.fleetcommerce.auth.client.persistence.JdbcServiceClients;
import com.fleetcommerce.auth.config.AuthProperties;
import com.fleetcommerce.auth.keys.application.AccessTokenIssuer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * The client-credentials grant, and the idempotent start-up registration of the service clients listed in
 * {@code platform.auth.clients} (secrets stored hashed; re-hashed only when the configured secret changed).
 */
@Service
public class ClientCredentials implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ClientCredentials.class);

    private final JdbcServiceClients clients;
    private final PasswordEncoder encoder;
    private final AccessTokenIssuer issuer;
    private final AuthProperties properties;
    private final Clock clock;
    /** Compared against when the client id is unknown, so timing does not tell which client ids exist. */
    private final String dummyHash;

    public ClientCredentials(JdbcServiceClients clients, PasswordEncoder encoder, AccessTokenIssuer issuer,
                             AuthProperties properties, Clock clock) {
        this.clients = clients;
        this.encoder = encoder;
        this.issuer = issuer;
        this.properties = properties;
        this.clock = clock;
        this.dummyHash = encoder.encode("not-a-client-secret-" + System.nanoTime());
    }

    @Override
    public void run(ApplicationArguments args) {
        for (AuthProperties.Client configured : properties.clients()) {
            if (configured.clientId() == null || configured.secret() == null || configured.secret().isBlank()) {
                throw new IllegalStateException("platform.auth.clients entries need client-id and secret");
            }
            Optional<ServiceClient> existing = clients.find(configured.clientId());
            boolean same = existing.isPresent() && encoder.matches(configured.secret(), existing.get().secretHash())
                    && existing.get().scopes().equals(configured.scopes());
            if (!same) {
                clients.upsert(new ServiceClient(configured.clientId(), encoder.encode(configured.secret()),
                        configured.scopes()), clock.instant());
                log.info("Registered service client {} with scopes {}", configured.clientId(), configured.scopes());
            }
        }
    }

    public ClientCredentialsOutcome grant(String clientId, String secret, String scope) {
        if (clientId == null || clientId.isBlank() || secret == null) {
            return ClientCredentialsOutcome.refused("invalid_client", "Client authentication failed");
        }
        Optional<ServiceClient> client = clients.find(clientId);
        boolean matches = encoder.matches(secret, client.map(ServiceClient::secretHash).orElse(dummyHash));
        if (client.isEmpty() || !matches) {
            return ClientCredentialsOutcome.refused("invalid_client", "Client authentication failed");
        }
        Optional<List<String>> granted = client.get().grant(scope);
        if (granted.isEmpty()) {
            return ClientCredentialsOutcome.refused("invalid_scope", "The requested scope is not allowed for this client");
        }
        return ClientCredentialsOutcome.granted(issuer.issueForService(clientId, granted.get()), granted.get());
    }
}
