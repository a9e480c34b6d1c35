package com.fleetcommerce.user.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.testsupport.ApiClient;
import com.fleetcommerce.testsupport.TestJwts;
import com.fleetcommerce.testsupport.TestKafkaConsumers;
import com.fleetcommerce.user.AuthServiceApi;
import com.fleetcommerce.user.InTestAuthService;
import com.fleetcommerce.user.UserIntegrationTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Staff users against the real auth-service: the account is created there, and role changes reach the tokens it
 * issues afterwards (checked by taking the invite, setting a password, logging in and refreshing).
 */
@UserIntegrationTest
class StaffUserLifecycleTest {

    static final String PASSWORD = "Corr3ct-Horse-Battery!";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    ApiClient api;
    AuthServiceApi auth;
    String admin;
    JdbcTemplate authDb;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        auth = new AuthServiceApi(bootstrapServers);
        admin = TestJwts.staff().permissions("users:manage", "users:read", "roles:manage", "audit:read").token();
        authDb = InTestAuthService.get().jdbc();
    }

    @Test
    void createsTheAccountInAuthServiceOnceAndRoleChangesReachTheNextTokens() {
        String email = "ana." + UUID.randomUUID() + "@fleetcommerce.test";
        UUID warehouse = UUID.randomUUID();
        Map<String, Object> body = Map.of("email", email, "name", "Ana Pham", "title", "Buyer",
                "warehouseIds", List.of(warehouse), "roles", List.of("catalog-manager"));
        String key = UUID.randomUUID().toString();

        ApiClient.Response created = api.send(HttpMethod.POST, "/api/v1/users", admin, body,
                Map.of("Idempotency-Key", key));
        ApiClient.Response retried = api.send(HttpMethod.POST, "/api/v1/users", admin, body,
                Map.of("Idempotency-Key", key));

        assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
        UUID userId = UUID.fromString(created.body().get("id").asString());
        UUID accountId = UUID.fromString(created.body().get("accountId").asString());
        assertThat(created.body().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(AuthServiceApi.strings(created.body().get("permissions"))).contains("catalog:write");
        assertThat(retried.status()).isEqualTo(201);
        assertThat(retried.headers().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retried.body().get("id").asString()).isEqualTo(userId.toString());
        // exactly one account in auth-service, a staff account with the role's authorities
        Map<String, Object> account = authDb.queryForMap(
                "select id, kind, status, array_to_string(roles, ',') as roles, "
                        + "array_to_string(permissions, ',') as permissions from account where lower(email) = lower(?)",
                email);
        assertThat(account.get("id")).isEqualTo(accountId);
        assertThat(account.get("kind")).isEqualTo("STAFF");
        assertThat(account.get("roles")).isEqualTo("catalog-manager");
        assertThat((String) account.get("permissions")).contains("catalog:write");

        // the staff member takes the invite and logs in: the token carries the role
        auth.setPassword(auth.inviteToken(accountId), PASSWORD);
        JsonNode first = auth.tokens(email, PASSWORD);
        JsonNode firstClaims = AuthServiceApi.claims(first.get("accessToken").asString());
        assertThat(firstClaims.get("sub").asString()).isEqualTo(accountId.toString());
        assertThat(AuthServiceApi.strings(firstClaims.get("roles"))).containsExactly("catalog-manager");
        assertThat(AuthServiceApi.strings(firstClaims.get("permissions"))).contains("catalog:write")
                .doesNotContain("prices:write");
        assertThat(AuthServiceApi.strings(firstClaims.get("warehouses"))).containsExactly(warehouse.toString());

        // other warehouses -> the next token is limited to those
        UUID otherWarehouse = UUID.randomUUID();
        ApiClient.Response moved = api.send(HttpMethod.PUT, "/api/v1/users/" + userId, admin,
                Map.of("name", "Ana Pham", "title", "Buyer", "warehouseIds", List.of(otherWarehouse)), Map.of());
        assertThat(moved.status()).as("%s", moved.body()).isEqualTo(200);
        JsonNode movedClaims = AuthServiceApi.claims(auth.tokens(email, PASSWORD).get("accessToken").asString());
        assertThat(AuthServiceApi.strings(movedClaims.get("warehouses"))).containsExactly(otherWarehouse.toString());

        // a role assigned -> the next refresh carries it
        ApiClient.Response assigned = api.send(HttpMethod.POST, "/api/v1/users/" + userId + "/roles/pricing-manager",
                admin, null, Map.of());
        assertThat(assigned.status()).as("%s", assigned.body()).isEqualTo(200);
        JsonNode refreshed = auth.refresh(first.get("refreshToken").asString());
        JsonNode refreshedClaims = AuthServiceApi.claims(refreshed.get("accessToken").asString());
        assertThat(AuthServiceApi.strings(refreshedClaims.get("roles")))
                .containsExactlyInAnyOrder("catalog-manager", "pricing-manager");
        assertThat(AuthServiceApi.strings(refreshedClaims.get("permissions"))).contains("catalog:write", "prices:write");

        // a role removed -> the next login no longer has its permissions
        ApiClient.Response removed = api.send(HttpMethod.DELETE, "/api/v1/users/" + userId + "/roles/catalog-manager",
                admin, null, Map.of());
        assertThat(removed.status()).as("%s", removed.body()).isEqualTo(200);
        JsonNode afterRemoval = AuthServiceApi.claims(auth.tokens(email, PASSWORD).get("accessToken").asString());
        assertThat(AuthServiceApi.strings(afterRemoval.get("roles"))).containsExactly("pricing-manager");
        assertThat(AuthServiceApi.strings(afterRemoval.get("permissions"))).contains("prices:write")
                .doesNotContain("catalog:write");

        // a custom role's definition changes -> every holder's next token has the new permissions
        String roleName = "night-shift-" + Long.toString(System.nanoTime(), 36);
        ApiClient.Response role = api.send(HttpMethod.POST, "/api/v1/roles", admin,
                Map.of("name", roleName, "description", "Night shift", "permissions", List.of("inventory:read")),
                Map.of());
        assertThat(role.status()).as("%s", role.body()).isEqualTo(201);
        assertThat(api.send(HttpMethod.POST, "/api/v1/users/" + userId + "/roles/" + roleName, admin, null, Map.of())
                .status()).isEqualTo(200);
        ApiClient.Response redefined = api.send(HttpMethod.PUT, "/api/v1/roles/" + roleName, admin,
                Map.of("permissions", List.of("inventory:read", "inventory:adjust")), Map.of());
        assertThat(redefined.status()).as("%s", redefined.body()).isEqualTo(200);
        JsonNode afterRedefinition = AuthServiceApi.claims(auth.tokens(email, PASSWORD).get("accessToken").asString());
        assertThat(AuthServiceApi.strings(afterRedefinition.get("permissions")))
                .contains("inventory:adjust", "inventory:read", "prices:write");

        // and every change was published for later consumers, the latest carrying the full effective set
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(authorityEvents(userId)).isNotEmpty().last().satisfies(last -> {
                    assertThat(AuthServiceApi.strings(last.get("roles"))).containsExactly(roleName, "pricing-manager");
                    assertThat(AuthServiceApi.strings(last.get("permissions")))
                            .containsExactly("inventory:adjust", "inventory:read", "prices:read", "prices:write");
                    assertThat(AuthServiceApi.strings(last.get("warehouses")))
                            .containsExactly(otherWarehouse.toString());
                }));
    }

    private final List<JsonNode> seenAuthorityEvents = new java.util.concurrent.CopyOnWriteArrayList<>();
    private KafkaConsumer<String, String> userEvents;

    /** The user.authorities.changed.v1 payloads of one user on user.user, in order. */
    private List<JsonNode> authorityEvents(UUID userId) {
        if (userEvents == null) {
            userEvents = TestKafkaConsumers.strings(bootstrapServers);
            userEvents.subscribe(List.of("user.user"));
        }
        for (ConsumerRecord<String, String> record : userEvents.poll(Duration.ofMillis(300))) {
            if ("user.authorities.changed.v1".equals(TestKafkaConsumers.header(record, "ce_type"))
                    && userId.toString().equals(record.key())) {
                seenAuthorityEvents.add(JSON.readTree(record.value()));
            }
        }
        return seenAuthorityEvents;
    }

    @AfterEach
    void closeConsumer() {
        if (userEvents != null) {
            userEvents.close();
        }
    }

    @Test
    void disablingTheUserDisablesTheAccountAndEnablingRestoresIt() {
        String email = "bao." + UUID.randomUUID() + "@fleetcommerce.test";
        ApiClient.Response created = api.send(HttpMethod.POST, "/api/v1/users", admin,
                Map.of("email", email, "name", "Bao Tran", "warehouseIds", List.of(), "roles", List.of("support")),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
        String userId = created.body().get("id").asString();
        UUID accountId = UUID.fromString(created.body().get("accountId").asString());
        auth.setPassword(auth.inviteToken(accountId), PASSWORD);

        ApiClient.Response disabled = api.send(HttpMethod.POST, "/api/v1/users/" + userId + "/disable", admin, null,
                Map.of());

        assertThat(disabled.status()).isEqualTo(200);
        assertThat(disabled.body().get("status").asString()).isEqualTo("DISABLED");
        assertThat(authDb.queryForObject("select status from account where id = ?", String.class, accountId))
                .isEqualTo("DISABLED");
        assertThat(auth.login(email, PASSWORD).status()).isEqualTo(401);

        ApiClient.Response enabled = api.send(HttpMethod.POST, "/api/v1/users/" + userId + "/enable", admin, null,
                Map.of());

        assertThat(enabled.body().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(auth.login(email, PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void listsSearchesAndUpdatesWithOptimisticLocking() {
        String email = "chi." + UUID.randomUUID() + "@fleetcommerce.test";
        ApiClient.Response created = api.send(HttpMethod.POST, "/api/v1/users", admin,
                Map.of("email", email, "name", "Chi Nguyen-" + email.hashCode(), "warehouseIds", List.of(),
                        "roles", List.of("marketing")),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        String userId = created.body().get("id").asString();
        UUID warehouse = UUID.randomUUID();

        ApiClient.Response updated = api.send(HttpMethod.PUT, "/api/v1/users/" + userId, admin,
                Map.of("name", "Chi Nguyen", "title", "Lead", "warehouseIds", List.of(warehouse)),
                Map.of("If-Match", "\"0\""));
        ApiClient.Response stale = api.send(HttpMethod.PUT, "/api/v1/users/" + userId, admin,
                Map.of("name", "Someone Else", "warehouseIds", List.of()), Map.of("If-Match", "\"0\""));
        ApiClient.Response found = api.get("/api/v1/users?q=" + email.substring(0, 20) + "&role=marketing", admin);

        assertThat(updated.status()).as("%s", updated.body()).isEqualTo(200);
        assertThat(updated.body().get("title").asString()).isEqualTo("Lead");
        assertThat(updated.body().get("warehouseIds").get(0).asString()).isEqualTo(warehouse.toString());
        assertThat(stale.status()).isEqualTo(412);
        assertThat(api.get("/api/v1/users/" + userId, admin).body().get("name").asString()).isEqualTo("Chi Nguyen");
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body().get("totalElements").asLong()).isEqualTo(1);
        assertThat(found.body().get("items").get(0).get("id").asString()).isEqualTo(userId);
    }
}
