package com.fleetcommerce.warehouse.warehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.testsupport.TestJwts;
import com.fleetcommerce.testsupport.ApiClient;
import com.fleetcommerce.testsupport.ApiClient.Response;
import com.fleetcommerce.warehouse.WarehouseIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

@WarehouseIntegrationTest
class WarehouseApiTest {

    private static final String MANAGER = TestJwts.staff().permissions("warehouse:manage").token();
    private static final String CLERK = TestJwts.staff().permissions("inventory:read").token();

    @LocalServerPort
    int port;

    private ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void staffWithThePermissionOpensAWarehouseThatAnyAuthenticatedCallerCanRead() {
        String code = uniqueCode();
        Response created = open(MANAGER, request(code, "Hanoi north", 21.05, 105.85, 5));

        assertThat(created.status()).isEqualTo(201);
        String id = created.body().path("id").asString();
        assertThat(created.headers().getLocation()).hasToString("/api/v1/warehouses/" + id);
        assertThat(created.headers().getETag()).isEqualTo("\"0\"");
        assertThat(created.body().path("code").asString()).isEqualTo(code);
        assertThat(created.body().path("active").asBoolean()).isTrue();

        Response read = api.get("/api/v1/warehouses/" + id, TestJwts.customer().token());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body().path("name").asString()).isEqualTo("Hanoi north");
        assertThat(read.body().path("location").path("latitude").asDouble()).isEqualTo(21.05);
        assertThat(read.body().path("address").path("countryCode").asString()).isEqualTo("VN");

        Response byService = api.get("/api/v1/warehouses/" + id, TestJwts.service("order-service").token());
        assertThat(byService.status()).isEqualTo(200);
    }

    @Test
    void writesNeedThePermissionAndReadsNeedAToken() {
        String code = uniqueCode();
        Response denied = open(CLERK, request(code, "No permission", 10.0, 106.0, 1));
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.body().path("code").asString()).isEqualTo("access-denied");

        Response anonymous = open(null, request(code, "No token", 10.0, 106.0, 1));
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(api.get("/api/v1/warehouses", null).status()).isEqualTo(401);

        assertThat(codes()).doesNotContain(code);
    }

    @Test
    void badInputIsA400ProblemNamingTheFieldsAndChangesNothing() {
        long before = total();
        Map<String, Object> bad = request("lower case!", "", 200.0, 106.0, -1);
        Response response = open(MANAGER, bad);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.headers().getContentType()).hasToString("application/problem+json");
        assertThat(response.body().path("code").asString()).isEqualTo("validation-failed");
        assertThat(response.body().path("traceId").asString()).isNotBlank();
        List<String> fields = response.body().path("errors").valueStream().map(e -> e.path("field").asString()).toList();
        assertThat(fields).contains("code", "name", "location.latitude", "priority");

        Response malformed = api.send(HttpMethod.POST, "/api/v1/warehouses", MANAGER, "{\"code\": ", Map.of());
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body().path("code").asString()).isEqualTo("malformed-request");

        assertThat(total()).isEqualTo(before);
    }

    @Test
    void aCodeIsUniqueAcrossWarehouses() {
        String code = uniqueCode();
        assertThat(open(MANAGER, request(code, "First", 16.0, 108.2, 1)).status()).isEqualTo(201);

        Response second = open(MANAGER, request(code, "Second", 16.0, 108.2, 1));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.body().path("code").asString()).isEqualTo("warehouse-code-taken");
    }

    @Test
    void updatesNeedTheCurrentETag() {
        String id = open(MANAGER, request(uniqueCode(), "Da Nang", 16.0, 108.2, 3)).body().path("id").asString();
        Map<String, Object> change = request(null, "Da Nang renamed", 16.1, 108.3, 4);
        change.remove("code");

        Response missing = api.send(HttpMethod.PUT, "/api/v1/warehouses/" + id, MANAGER, change, Map.of());
        assertThat(missing.status()).isEqualTo(428);
        assertThat(missing.body().path("code").asString()).isEqualTo("precondition-required");

        Response stale = api.send(HttpMethod.PUT, "/api/v1/warehouses/" + id, MANAGER, change,
                Map.of("If-Match", "\"7\""));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.body().path("code").asString()).isEqualTo("precondition-failed");
        assertThat(api.get("/api/v1/warehouses/" + id, MANAGER).body().path("name").asString()).isEqualTo("Da Nang");

        Response updated = api.send(HttpMethod.PUT, "/api/v1/warehouses/" + id, MANAGER, change,
                Map.of("If-Match", "\"0\""));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.headers().getETag()).isEqualTo("\"1\"");
        assertThat(updated.body().path("name").asString()).isEqualTo("Da Nang renamed");
        assertThat(updated.body().path("priority").asInt()).isEqualTo(4);

        Response deactivated = api.send(HttpMethod.POST, "/api/v1/warehouses/" + id + "/deactivate", MANAGER, null,
                Map.of("If-Match", "\"1\""));
        assertThat(deactivated.status()).isEqualTo(200);
        assertThat(deactivated.body().path("active").asBoolean()).isFalse();
        Response inactive = api.get("/api/v1/warehouses?active=false&size=200", MANAGER);
        assertThat(inactive.body().path("items").valueStream().map(w -> w.path("id").asString())).contains(id);
    }

    @Test
    void unknownWarehouseIs404AndABadIdIs400() {
        Response unknown = api.get("/api/v1/warehouses/" + UUID.randomUUID(), MANAGER);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().path("code").asString()).isEqualTo("not-found");

        assertThat(api.get("/api/v1/warehouses/not-a-uuid", MANAGER).status()).isEqualTo(400);
    }

    @Test
    void listIsPagedAndOrderedByPriority() {
        open(MANAGER, request(uniqueCode(), "Low priority", 10.0, 106.0, 9000));
        open(MANAGER, request(uniqueCode(), "Top priority", 10.0, 106.0, 0));

        Response page = api.get("/api/v1/warehouses?page=0&size=2", MANAGER);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body().path("items").size()).isEqualTo(2);
        assertThat(page.body().path("size").asInt()).isEqualTo(2);
        assertThat(page.body().path("totalElements").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(page.body().path("items").get(0).path("priority").asInt()).isZero();

        assertThat(api.get("/api/v1/warehouses?page=-1", MANAGER).status()).isEqualTo(400);
    }

    private Response open(String token, Map<String, Object> body) {
        return api.send(HttpMethod.POST, "/api/v1/warehouses", token, body, Map.of());
    }

    private long total() {
        return api.get("/api/v1/warehouses?size=1", MANAGER).body().path("totalElements").asLong();
    }

    private List<String> codes() {
        return api.get("/api/v1/warehouses?size=200", MANAGER).body().path("items").valueStream()
                .map(w -> w.path("code").asString()).toList();
    }

    private static String uniqueCode() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static Map<String, Object> request(String code, String name, double lat, double lon, int priority) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", name);
        body.put("address", Map.of("line1", "1 Test street", "province", "Ha Noi", "countryCode", "VN"));
        body.put("location", Map.of("latitude", lat, "longitude", lon));
        body.put("priority", priority);
        return body;
    }
}
