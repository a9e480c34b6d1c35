package com.fleetcommerce.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.fleetcommerce.testsupport.ApiClient;
import com.fleetcommerce.testsupport.TestJwts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

/** Bad input gets a 4xx problem with a stable code, and neither user-service nor auth-service changes. */
@UserIntegrationTest
class BadInputTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;
    String admin;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        admin = TestJwts.staff().permissions("users:manage", "users:read", "roles:manage", "audit:read").token();
    }

    static Map<String, Object> user(String field, Object value) {
        Map<String, Object> body = new HashMap<>(Map.of("email", "bad." + UUID.randomUUID() + "@fleetcommerce.test",
                "name", "Bad Input", "warehouseIds", List.of(), "roles", List.of("support")));
        if (value == null) {
            body.remove(field);
        } else {
            body.put(field, value);
        }
        return body;
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                Arguments.of(HttpMethod.POST, "/api/v1/users", user("email", null), 400, "validation-failed"),
                Arguments.of(HttpMethod.POST, "/api/v1/users", user("email", "not-an-email"), 400, "validation-failed"),
                Arguments.of(HttpMethod.POST, "/api/v1/users", user("name", " "), 400, "validation-failed"),
                Arguments.of(HttpMethod.POST, "/api/v1/users", user("roles", null), 400, "validation-failed"),
                Arguments.of(HttpMethod.POST, "/api/v1/users", user("warehouseIds", List.of("nope")), 400, null),
                Arguments.of(HttpMethod.POST, "/api/v1/users", user("roles", List.of("no-such-role")), 422,
                        "unknown-role"),
                Arguments.of(HttpMethod.POST, "/api/v1/users", "{\"email\":", 400, null),
                Arguments.of(HttpMethod.POST, "/api/v1/roles",
                        Map.of("name", "fine-name", "permissions", List.of("catalog:writ")), 422, "unknown-permission"),
                Arguments.of(HttpMethod.POST, "/api/v1/roles",
                        Map.of("name", "Bad Name!", "permissions", List.of("catalog:read")), 422, "invalid-role-name"),
                Arguments.of(HttpMethod.POST, "/api/v1/roles", Map.of("permissions", List.of()), 400, null),
                Arguments.of(HttpMethod.POST, "/api/v1/roles",
                        Map.of("name", "admin", "permissions", List.of("catalog:read")), 409, "role-exists"),
                Arguments.of(HttpMethod.PUT, "/api/v1/roles/admin", Map.of("permissions", List.of()), 422,
                        "built-in-role"),
                Arguments.of(HttpMethod.DELETE, "/api/v1/roles/support", null, 422, "built-in-role"),
                Arguments.of(HttpMethod.PUT, "/api/v1/roles/no-such-role", Map.of("permissions", List.of()), 404, null),
                Arguments.of(HttpMethod.GET, "/api/v1/users/not-a-uuid", null, 400, null),
                Arguments.of(HttpMethod.GET, "/api/v1/users/" + UUID.randomUUID(), null, 404, null),
                Arguments.of(HttpMethod.POST, "/api/v1/users/" + UUID.randomUUID() + "/roles/support", null, 404, null),
                Arguments.of(HttpMethod.GET, "/api/v1/users?status=SLEEPING", null, 400, null),
                Arguments.of(HttpMethod.GET, "/api/v1/users?size=0", null, 400, null),
                Arguments.of(HttpMethod.GET, "/api/v1/audit?from=yesterday", null, 400, null),
                Arguments.of(HttpMethod.GET, "/api/v1/audit?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", null,
                        400, null));
    }

    @ParameterizedTest(name = "{0} {1} -> {3}")
    @MethodSource("badRequests")
    void refusedWithAProblemAndNothingChanges(HttpMethod method, String path, Object body, int status, String code) {
        long before = fingerprint();
        long accountsBefore = authAccounts();

        ApiClient.Response response = api.send(method, path, admin, body,
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));

        assertThat(response.status()).as("%s", response.body()).isEqualTo(status);
        assertThat(response.headers().getContentType()).hasToString("application/problem+json");
        if (code != null) {
            assertThat(response.body().get("code").asString()).isEqualTo(code);
        }
        assertThat(fingerprint()).isEqualTo(before);
        assertThat(authAccounts()).isEqualTo(accountsBefore);
    }

    @Test
    void creatingWithoutAnIdempotencyKeyIsRefused() {
        long before = fingerprint();

        ApiClient.Response response = api.send(HttpMethod.POST, "/api/v1/users", admin, user("title", "x"), Map.of());

        assertThat(response.status()).isEqualTo(428);
        assertThat(response.body().get("code").asString()).isEqualTo("idempotency-key-required");
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void anEmailAuthServiceAlreadyHasIsAConflictAndNothingIsStored() {
        // a customer registered the address at auth-service; user-service has never seen it
        String email = "taken." + UUID.randomUUID() + "@fleetcommerce.test";
        ApiClient authApi = new ApiClient(InTestAuthService.get().port());
        assertThat(authApi.send(HttpMethod.POST, "/api/v1/auth/register", null,
                Map.of("email", email, "password", "Corr3ct-Horse-Battery!"),
                Map.of("X-Forwarded-For", "10.9.8.7")).status()).isEqualTo(202);
        long before = fingerprint();
        long accountsBefore = authAccounts();

        ApiClient.Response response = api.send(HttpMethod.POST, "/api/v1/users", admin, user("email", email),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.body().get("code").asString()).isEqualTo("email-taken");
        assertThat(fingerprint()).isEqualTo(before);
        assertThat(authAccounts()).isEqualTo(accountsBefore);
    }

    @Test
    void aDuplicateEmailIsRefusedBeforeAuthServiceIsAsked() {
        Map<String, Object> first = user("title", "first");
        assertThat(api.send(HttpMethod.POST, "/api/v1/users", admin, first,
                Map.of("Idempotency-Key", UUID.randomUUID().toString())).status()).isEqualTo(201);
        long before = fingerprint();
        long accountsBefore = authAccounts();
        Map<String, Object> again = new HashMap<>(first);
        again.put("email", ((String) first.get("email")).toUpperCase());

        ApiClient.Response response = api.send(HttpMethod.POST, "/api/v1/users", admin, again,
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.body().get("code").asString()).isEqualTo("email-taken");
        assertThat(fingerprint()).isEqualTo(before);
        assertThat(authAccounts()).isEqualTo(accountsBefore);
    }

    @Test
    void aRoleStillHeldCannotBeDeleted() {
        String roleName = "held-" + Long.toString(System.nanoTime(), 36);
        assertThat(api.send(HttpMethod.POST, "/api/v1/roles", admin,
                Map.of("name", roleName, "permissions", List.of("catalog:read")), Map.of()).status()).isEqualTo(201);
        ApiClient.Response created = api.send(HttpMethod.POST, "/api/v1/users", admin,
                user("roles", List.of(roleName)), Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(created.status()).isEqualTo(201);
        long before = fingerprint();

        ApiClient.Response response = api.send(HttpMethod.DELETE, "/api/v1/roles/" + roleName, admin, null, Map.of());

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.body().get("code").asString()).isEqualTo("role-in-use");
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void whenAuthServiceRefusesARoleChangeNothingChanges() {
        ApiClient.Response created = api.send(HttpMethod.POST, "/api/v1/users", admin, user("title", "gone"),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(created.status()).isEqualTo(201);
        String userId = created.body().get("id").asString();
        UUID accountId = UUID.fromString(created.body().get("accountId").asString());
        // the account vanishes at auth-service (say, a botched restore): it answers 404 to the authorities push
        JdbcTemplate authDb = InTestAuthService.get().jdbc();
        authDb.update("delete from one_time_token where account_id = ?", accountId);
        authDb.update("delete from account where id = ?", accountId);
        long before = fingerprint();

        ApiClient.Response assigned = api.send(HttpMethod.POST, "/api/v1/users/" + userId + "/roles/admin", admin,
                null, Map.of());

        assertThat(assigned.status()).isEqualTo(503);
        assertThat(assigned.body().get("code").asString()).isEqualTo("auth-service-unavailable");
        assertThat(fingerprint()).isEqualTo(before);
        assertThat(jdbc.queryForList("select role_name from staff_user_role where user_id = ?::uuid", String.class,
                userId)).containsExactly("support");
    }

    private long fingerprint() {
        return jdbc.queryForObject("""
                select (select count(*) from staff_user) * 1000000 + (select count(*) from staff_user_role) * 10000
                     + (select count(*) from role) * 100 + (select coalesce(sum(version), 0) from role)
                     + (select count(*) from role_permission) * 7 + (select count(*) from outbox_event) * 13
                     + (select coalesce(sum(version), 0) from staff_user) * 17
                """, Long.class);
    }

    private long authAccounts() {
        return InTestAuthService.get().jdbc().queryForObject("select count(*) from account", Long.class);
    }
}
