package com.fleetcommerce.auth.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fleetcommerce.auth.AuthApi;
import com.fleetcommerce.auth.AuthIntegrationTest;
import com.fleetcommerce.testsupport.ApiClient.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

/** The session list, revoking one (own only), logout and logout-all; revoked sessions' tokens stop working here. */
@AuthIntegrationTest
class SessionApiTest {

    @LocalServerPort
    int port;

    AuthApi api;

    @BeforeEach
    void setUp() {
        api = new AuthApi(port);
    }

    @Test
    void listsAndRevokesOwnSessionsOnly() {
        String email = api.newCustomer();
        JsonNode first = api.loginOk(email, AuthApi.PASSWORD);
        JsonNode second = api.loginOk(email, AuthApi.PASSWORD);
        String token = first.path("accessToken").asString();

        Response list = api.get("/api/v1/auth/sessions", token);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().size()).isEqualTo(2);
        for (JsonNode session : list.body()) {
            boolean current = session.path("id").asString().equals(first.path("sessionId").asString());
            assertThat(session.path("current").asBoolean()).isEqualTo(current);
            assertThat(session.path("device").asString()).isEqualTo("test");
            assertThat(session.path("ip").asString()).startsWith("10.");
            assertThat(session.path("createdAt").asString()).isNotBlank();
        }

        JsonNode stranger = api.newCustomerSession();
        assertThat(api.send(HttpMethod.DELETE, "/api/v1/auth/sessions/" + stranger.path("sessionId").asString(), token, null)
                .status()).isEqualTo(404);
        assertThat(api.me(stranger.path("accessToken").asString()).status()).isEqualTo(200);
        assertThat(api.send(HttpMethod.DELETE, "/api/v1/auth/sessions/not-a-uuid", token, null).status()).isEqualTo(400);

        assertThat(api.send(HttpMethod.DELETE, "/api/v1/auth/sessions/" + second.path("sessionId").asString(), token, null)
                .status()).isEqualTo(204);
        assertThat(api.me(second.path("accessToken").asString()).status()).isEqualTo(401);
        assertThat(api.refresh(second.path("refreshToken").asString()).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/auth/sessions", token).body().size()).isEqualTo(1);
        assertThat(api.send(HttpMethod.DELETE, "/api/v1/auth/sessions/" + second.path("sessionId").asString(), token, null)
                .status()).as("already revoked").isEqualTo(404);
    }

    @Test
    void logoutEndsTheCurrentSessionOnly() {
        String email = api.newCustomer();
        JsonNode first = api.loginOk(email, AuthApi.PASSWORD);
        JsonNode second = api.loginOk(email, AuthApi.PASSWORD);

        assertThat(api.post("/api/v1/auth/logout", first.path("accessToken").asString(), null).status()).isEqualTo(204);

        assertThat(api.me(first.path("accessToken").asString()).status()).isEqualTo(401);
        assertThat(api.refresh(first.path("refreshToken").asString()).status()).isEqualTo(401);
        assertThat(api.me(second.path("accessToken").asString()).status()).isEqualTo(200);
    }

    @Test
    void logoutAllEndsEverySession() {
        String email = api.newCustomer();
        JsonNode first = api.loginOk(email, AuthApi.PASSWORD);
        JsonNode second = api.loginOk(email, AuthApi.PASSWORD);

        assertThat(api.post("/api/v1/auth/logout-all", second.path("accessToken").asString(), null).status())
                .isEqualTo(204);

        for (JsonNode session : new JsonNode[] {first, second}) {
            assertThat(api.me(session.path("accessToken").asString()).status()).isEqualTo(401);
            assertThat(api.refresh(session.path("refreshToken").asString()).status()).isEqualTo(401);
        }
        assertThat(api.loginOk(email, AuthApi.PASSWORD).path("accessToken").asString()).isNotBlank();
    }
}
