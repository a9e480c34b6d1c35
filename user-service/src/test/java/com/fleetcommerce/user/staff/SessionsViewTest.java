package com.fleetcommerce.user.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.testsupport.ApiClient;
import com.fleetcommerce.testsupport.TestJwts;
import com.fleetcommerce.user.UserIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

/**
 * The sessions view asks auth-service for another account's sessions ({@code GET /api/v1/auth/accounts/{id}/sessions},
 * scope {@code sessions:read}). auth-service does not offer that endpoint yet: until it does, the view answers a
 * clear 503 problem instead of an empty list that would look like "no sessions".
 */
@UserIntegrationTest
class SessionsViewTest {

    @LocalServerPort
    int port;

    @Test
    void saysPreciselyThatAuthServiceLacksTheEndpoint() {
        ApiClient api = new ApiClient(port);
        String admin = TestJwts.staff().permissions("users:manage").token();
        ApiClient.Response created = api.send(HttpMethod.POST, "/api/v1/users", admin,
                Map.of("email", "eve." + UUID.randomUUID() + "@fleetcommerce.test", "name", "Eve Vo",
                        "warehouseIds", List.of(), "roles", List.of("support")),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));

        ApiClient.Response sessions = api.get("/api/v1/users/" + created.body().get("id").asString() + "/sessions",
                admin);
        ApiClient.Response unknown = api.get("/api/v1/users/" + UUID.randomUUID() + "/sessions", admin);

        assertThat(sessions.status()).isEqualTo(503);
        assertThat(sessions.body().get("code").asString()).isEqualTo("auth-sessions-unavailable");
        assertThat(unknown.status()).isEqualTo(404);
    }
}
