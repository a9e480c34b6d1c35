package com.fleetcommerce.user;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every staff endpoint refuses a caller without its permission (403 problem), whatever other permissions the caller
 * has, and without a token (401); nothing changes in the database.
 */
@UserIntegrationTest
class PermissionEnforcementTest {

    static final UUID SOME_USER = UUID.randomUUID();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    static Stream<Arguments> endpoints() {
        Map<String, Object> newUser = Map.of("email", "x@fleetcommerce.test", "name", "X", "warehouseIds", List.of(),
                "roles", List.of("support"));
        Map<String, Object> role = Map.of("name", "some-role", "permissions", List.of("catalog:read"));
        return Stream.of(
                Arguments.of(HttpMethod.POST, "/api/v1/users", newUser, "users:manage"),
                Arguments.of(HttpMethod.GET, "/api/v1/users", null, "users:read"),
                Arguments.of(HttpMethod.GET, "/api/v1/users/" + SOME_USER, null, "users:read"),
                Arguments.of(HttpMethod.PUT, "/api/v1/users/" + SOME_USER,
                        Map.of("name", "Y", "warehouseIds", List.of()), "users:manage"),
                Arguments.of(HttpMethod.POST, "/api/v1/users/" + SOME_USER + "/disable", null, "users:manage"),
                Arguments.of(HttpMethod.POST, "/api/v1/users/" + SOME_USER + "/enable", null, "users:manage"),
                Arguments.of(HttpMethod.POST, "/api/v1/users/" + SOME_USER + "/roles/admin", null, "users:manage"),
                Arguments.of(HttpMethod.DELETE, "/api/v1/users/" + SOME_USER + "/roles/admin", null, "users:manage"),
                Arguments.of(HttpMethod.GET, "/api/v1/users/" + SOME_USER + "/sessions", null, "users:manage"),
                Arguments.of(HttpMethod.GET, "/api/v1/roles", null, "users:read"),
                Arguments.of(HttpMethod.GET, "/api/v1/roles/admin", null, "users:read"),
                Arguments.of(HttpMethod.GET, "/api/v1/permissions", null, "users:read"),
                Arguments.of(HttpMethod.POST, "/api/v1/roles", role, "roles:manage"),
                Arguments.of(HttpMethod.PUT, "/api/v1/roles/support", Map.of("permissions", List.of()),
                        "roles:manage"),
                Arguments.of(HttpMethod.DELETE, "/api/v1/roles/support", null, "roles:manage"),
                Arguments.of(HttpMethod.GET, "/api/v1/audit", null, "audit:read"));
    }

    /** The table above lists every endpoint of the service: a new one without a row here fails this test. */
    @Test
    void theTableCoversEveryEndpoint() {
        long endpoints = handlerMapping.getHandlerMethods().values().stream()
                .filter(handler -> handler.getBeanType().getPackageName().startsWith("com.fleetcommerce.user"))
                .count();

        assertThat(endpoints).isEqualTo(endpoints().count());
    }

    @ParameterizedTest(name = "{0} {1} needs {3}")
    @MethodSource("endpoints")
    void refusedWithoutThePermission(HttpMethod method, String path, Object body, String permission) {
        long before = fingerprint();
        // every other permission of the catalogue, but not the one the endpoint needs
        String[] others = com.fleetcommerce.user.rbac.domain.PermissionCatalogue.ALL.stream()
                .filter(p -> !p.equals(permission)).toArray(String[]::new);
        Map<String, String> headers = Map.of("Idempotency-Key", UUID.randomUUID().toString());

        ApiClient.Response staffWithout = api.send(method, path, TestJwts.staff().permissions(others).token(), body,
                headers);
        ApiClient.Response customer = api.send(method, path, TestJwts.customer().token(), body, headers);
        ApiClient.Response service = api.send(method, path, TestJwts.service("catalog-service")
                .scopes("accounts:write").token(), body, headers);
        ApiClient.Response anonymous = api.send(method, path, null, body, headers);

        assertThat(staffWithout.status()).isEqualTo(403);
        assertThat(staffWithout.body().get("code").asString()).isEqualTo("access-denied");
        assertThat(customer.status()).isEqualTo(403);
        assertThat(service.status()).isEqualTo(403);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(fingerprint()).isEqualTo(before);
    }

    /** Changes to any of the service's tables move this number. */
    private long fingerprint() {
        return jdbc.queryForObject("""
                select (select count(*) from staff_user) * 1000000 + (select count(*) from staff_user_role) * 10000
                     + (select count(*) from role) * 100 + (select coalesce(sum(version), 0) from role)
                     + (select count(*) from role_permission) * 7 + (select count(*) from outbox_event) * 13
                """, Long.class);
    }
}
