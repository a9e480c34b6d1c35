package com.fleetcommerce.user.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.testsupport.ApiClient;
import com.fleetcommerce.testsupport.TestJwts;
import com.fleetcommerce.user.AuthServiceApi;
import com.fleetcommerce.user.UserIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

/**
 * The sessions view asks the in-test auth-service for another account's sessions
 * ({@code GET /api/v1/auth/accounts/{id}/sessions}, client-credentials scope {@code sessions:read}): a staff member's
 * live sessions and the ones that ended lately, with device, address and times.
 */
@UserIntegrationTest
class SessionsViewTest {

    private static final String PASSWORD = "Corr3ct-Horse-Battery!";

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Test
    void showsTheStaffMembersLiveAndEndedSessions() {
        ApiClient api = new ApiClient(port);
        AuthServiceApi auth = new AuthServiceApi(bootstrapServers);
        String admin = TestJwts.staff().permissions("users:manage", "users:read").token();
        String email = "eve." + UUID.randomUUID() + "@fleetcommerce.test";
        ApiClient.Response created = api.send(HttpMethod.POST, "/api/v1/users", admin,
                Map.of("email", email, "name", "Eve Vo", "warehouseIds", List.of(), "roles", List.of("support")),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
        String userId = created.body().get("id").asString();
        UUID accountId = UUID.fromString(created.body().get("accountId").asString());

        ApiClient.Response none = api.get("/api/v1/users/" + userId + "/sessions", admin);
        assertThat(none.status()).as("%s", none.body()).isEqualTo(200);
        assertThat(none.body().path("accountId").asString()).isEqualTo(accountId.toString());
        assertThat(none.body().path("sessions").size()).isZero();

        auth.setPassword(auth.inviteToken(accountId), PASSWORD);
        JsonNode first = auth.tokens(email, PASSWORD);
        auth.tokens(email, PASSWORD);

        ApiClient.Response sessions = api.get("/api/v1/users/" + userId + "/sessions", admin);
        assertThat(sessions.status()).as("%s", sessions.body()).isEqualTo(200);
        List<JsonNode> live = sessions.body().path("sessions").valueStream()
                .filter(s -> s.path("active").asBoolean()).toList();
        assertThat(live).hasSize(2);
        assertThat(live).extracting(s -> s.path("id").asString())
                .contains(first.path("sessionId").asString());
        assertThat(live.getFirst().path("createdAt").asString()).isNotBlank();

        ApiClient.Response unknown = api.get("/api/v1/users/" + UUID.randomUUID() + "/sessions", admin);
        assertThat(unknown.status()).isEqualTo(404);
        ApiClient.Response withoutPermission = api.get("/api/v1/users/" + userId + "/sessions",
                TestJwts.staff().permissions("catalog:write").token());
        assertThat(withoutPermission.status()).isEqualTo(403);
    }
}
