package com.fleetcommerce.auth.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.auth.AccountEventsReader;
import com.fleetcommerce.auth.AuthApi;
import com.fleetcommerce.auth.AuthIntegrationTest;
import com.fleetcommerce.testsupport.ApiClient.Response;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/** The service-internal staff API (scope accounts:write): invite, authorities in later tokens, disable/enable. */
@AuthIntegrationTest
class AccountAdminApiTest {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    JdbcTemplate jdbc;

    AuthApi api;

    @BeforeEach
    void setUp() {
        api = new AuthApi(port);
    }

    private String serviceToken(String clientId, String secret) {
        String body = RestClient.create("http://127.0.0.1:" + port).post().uri("/oauth2/token")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body("grant_type=client_credentials&client_id=" + clientId + "&client_secret="
                        + URLEncoder.encode(secret, StandardCharsets.UTF_8))
                .retrieve().body(String.class);
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(body).path("access_token").asString();
    }

    @Test
    void userServiceCreatesAStaffAccountWhoSetsAPasswordFromTheInvite() throws Exception {
        String service = serviceToken("user-service", "local-only-user-secret");
        String email = AuthApi.uniqueEmail();
        UUID hanoi = UUID.randomUUID();
        UUID danang = UUID.randomUUID();
        Response created = api.post("/api/v1/auth/accounts", service, Map.of("email", email, "type", "STAFF",
                "roles", List.of("catalog-manager"), "permissions", List.of("catalog:write"),
                "warehouses", List.of(hanoi)));
        assertThat(created.status()).isEqualTo(201);
        String id = created.body().path("accountId").asString();

        Response duplicate = api.post("/api/v1/auth/accounts", service, Map.of("email", email, "type", "STAFF",
                "roles", List.of(), "permissions", List.of()));
        assertThat(duplicate.status()).isEqualTo(409);

        String password = "staff-Member-secret-1";
        try (AccountEventsReader events = new AccountEventsReader(bootstrapServers)) {
            assertThat(events.await(id, "auth.account.registered.v1").path("type").asString()).isEqualTo("STAFF");
            JsonNode invite = events.await(id, "auth.password-reset.requested.v1");
            assertThat(invite.path("invite").asBoolean()).isTrue();
            assertThat(api.login(email, password).status()).as("no password yet").isEqualTo(401);
            assertThat(api.post("/api/v1/auth/password/reset", null,
                    Map.of("token", invite.path("token").asString(), "newPassword", password)).status()).isEqualTo(204);
        }
        JsonNode staff = api.loginOk(email, password);
        var claims = SignedJWT.parse(staff.path("accessToken").asString()).getJWTClaimsSet();
        assertThat(claims.getStringClaim("account_type")).isEqualTo("staff");
        assertThat(claims.getStringListClaim("roles")).containsExactly("catalog-manager");
        assertThat(claims.getStringListClaim("permissions")).containsExactly("catalog:write");
        assertThat(claims.getStringListClaim("warehouses")).containsExactly(hanoi.toString());

        assertThat(api.send(HttpMethod.PUT, "/api/v1/auth/accounts/" + id + "/authorities", service,
                Map.of("roles", List.of("catalog-manager"), "permissions", List.of("catalog:write"),
                        "warehouses", List.of(hanoi, danang))).status()).isEqualTo(204);
        JsonNode moved = api.refresh(staff.path("refreshToken").asString()).body();
        assertThat(SignedJWT.parse(moved.path("accessToken").asString()).getJWTClaimsSet()
                .getStringListClaim("warehouses")).containsExactlyInAnyOrder(hanoi.toString(), danang.toString());

        assertThat(api.send(HttpMethod.PUT, "/api/v1/auth/accounts/" + id + "/authorities", service,
                Map.of("roles", List.of("admin"), "permissions", List.of("catalog:write", "prices:write"))).status())
                .isEqualTo(204);
        var refreshed = SignedJWT.parse(api.refresh(moved.path("refreshToken").asString()).body()
                .path("accessToken").asString()).getJWTClaimsSet();
        assertThat(refreshed.getStringListClaim("permissions")).containsExactly("catalog:write", "prices:write");
        assertThat(refreshed.getStringListClaim("roles")).containsExactly("admin");
        assertThat(refreshed.getClaim("warehouses")).as("no warehouses pushed: not limited to some").isNull();

        assertThat(api.post("/api/v1/auth/accounts/" + id + "/disable", service, null).status()).isEqualTo(204);
        assertThat(api.login(email, password).status()).isEqualTo(401);
        assertThat(api.me(staff.path("accessToken").asString()).status()).isEqualTo(401);
        assertThat(api.post("/api/v1/auth/accounts/" + id + "/enable", service, null).status()).isEqualTo(204);
        api.loginOk(email, password);
    }

    @Test
    void onlyServicesWithTheScopeMayCallIt() {
        String catalog = serviceToken("catalog-service", "local-only-catalog-secret");
        Map<String, Object> body = Map.of("email", AuthApi.uniqueEmail(), "type", "STAFF", "roles", List.of(),
                "permissions", List.of());
        assertThat(api.post("/api/v1/auth/accounts", catalog, body).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/auth/accounts", null, body).status()).isEqualTo(401);
        String customer = api.newCustomerSession().path("accessToken").asString();
        assertThat(api.post("/api/v1/auth/accounts", customer, body).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/auth/me", catalog).status()).as("service tokens have no account").isEqualTo(403);
    }

    @Test
    void badInputIsRefusedAndCustomersKeepFixedAuthorities() {
        String service = serviceToken("user-service", "local-only-user-secret");
        String email = AuthApi.uniqueEmail();
        assertThat(api.post("/api/v1/auth/accounts", service, Map.of("email", email, "type", "CUSTOMER",
                "roles", List.of(), "permissions", List.of())).status()).isEqualTo(400);
        assertThat(api.post("/api/v1/auth/accounts", service, Map.of("email", "nope", "type", "STAFF",
                "roles", List.of(), "permissions", List.of())).status()).isEqualTo(400);
        assertThat(api.post("/api/v1/auth/accounts", service, Map.of("email", email, "type", "STAFF",
                "roles", List.of(), "permissions", List.of(), "warehouses", List.of("hanoi"))).status())
                .isEqualTo(400);
        assertThat(jdbc.queryForObject("select count(*) from account where email = ?", Integer.class, email)).isZero();

        String customer = api.newCustomer();
        String customerId = jdbc.queryForObject("select id::text from account where email = ?", String.class, customer);
        assertThat(api.send(HttpMethod.PUT, "/api/v1/auth/accounts/" + customerId + "/authorities", service,
                Map.of("roles", List.of("admin"), "permissions", List.of("auth:keys:manage"))).status()).isEqualTo(422);
        assertThat(jdbc.queryForObject("select roles::text from account where id = ?::uuid", String.class, customerId))
                .isEqualTo("{customer}");
        assertThat(api.send(HttpMethod.PUT, "/api/v1/auth/accounts/" + java.util.UUID.randomUUID() + "/authorities",
                service, Map.of("roles", List.of(), "permissions", List.of())).status()).isEqualTo(404);
    }
}
