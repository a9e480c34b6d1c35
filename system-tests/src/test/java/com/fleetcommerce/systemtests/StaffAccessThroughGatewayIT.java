package com.fleetcommerce.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.testsupport.TestJwts;
import com.fleetcommerce.testsupport.TestKafkaConsumers;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Staff RBAC and the fleet's audit log through the running fleet and its gateway: an admin creates an inventory
 * manager in user-service (auth-service creates the account and publishes the invite on Kafka), the new staff member
 * sets a password and logs in; the token carries the role's permissions, so creating a warehouse works and writing a
 * price list is 403; after the admin assigns {@code pricing-manager} the next token can write price lists. The
 * warehouse and the price list appear in user-service's audit log, which only warehouse-service's and
 * pricing-service's records on {@code audit.events} can have put there.
 */
@ExtendWith(FleetExtension.class)
class StaffAccessThroughGatewayIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PASSWORD = "Lotus-Warehouse-Keeper-42";

    @Test
    void roleChangesReachTheNextTokenAndStaffActionsLandInTheAuditLog(Fleet fleet) throws Exception {
        assumeTrue(List.of("gateway-service", "auth-service", "user-service", "warehouse-service", "pricing-service")
                .stream().allMatch(fleet::hasMember), "needs the gateway, auth, user, warehouse and pricing services");
        String gateway = fleet.member("gateway-service").baseUrl();
        String admin = TestJwts.staff().permissions("users:manage", "users:read", "audit:read").token();
        String email = "keeper-" + UUID.randomUUID() + "@fleetcommerce.test";

        // a consumer of its own from the topic's start: the invite cannot be missed, whenever it is published
        try (KafkaConsumer<String, String> invites = TestKafkaConsumers.strings(Fleet.kafkaBootstrapServers())) {
            invites.subscribe(List.of("auth.account"));
            HttpJson.Response created = HttpJson.post(gateway + "/api/v1/users", admin, Map.of("email", email,
                    "name", "Pham Van Kho", "title", "Warehouse lead", "warehouseIds", List.of(),
                    "roles", List.of("inventory-manager")), Map.of("Idempotency-Key", UUID.randomUUID().toString()));
            assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
            String userId = created.body().path("id").asString();
            String accountId = created.body().path("accountId").asString();

            String invite = awaitInviteToken(invites, accountId);
            HttpJson.Response reset = HttpJson.post(gateway + "/api/v1/auth/password/reset", null,
                    Map.of("token", invite, "newPassword", PASSWORD));
            assertThat(reset.status()).as(reset.body().toString()).isEqualTo(204);

            String first = login(gateway, email);
            JsonNode firstClaims = claims(first);
            assertThat(firstClaims.path("sub").asString()).isEqualTo(accountId);
            assertThat(texts(firstClaims.path("permissions"))).contains("warehouse:manage", "inventory:write")
                    .doesNotContain("prices:write");

            String code = "W-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
            HttpJson.Response warehouse = HttpJson.post(gateway + "/api/v1/warehouses", first, warehouse(code));
            assertThat(warehouse.status()).as(warehouse.body().toString()).isEqualTo(201);
            String warehouseId = warehouse.body().path("id").asString();
            String otherCode = "W-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
            HttpJson.Response otherWarehouse = HttpJson.post(gateway + "/api/v1/warehouses", first,
                    warehouse(otherCode));
            assertThat(otherWarehouse.status()).as(otherWarehouse.body().toString()).isEqualTo(201);
            String otherWarehouseId = otherWarehouse.body().path("id").asString();
            String listCode = "STAFF-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
            Map<String, Object> priceList = Map.of("code", listCode, "name", "Staff test list", "currency", "VND",
                    "taxInclusive", true);
            assertThat(HttpJson.post(gateway + "/api/v1/price-lists", first, priceList).status())
                    .as("an inventory manager may not write price lists").isEqualTo(403);

            HttpJson.Response assigned = HttpJson.post(
                    gateway + "/api/v1/users/" + userId + "/roles/pricing-manager", admin, null);
            assertThat(assigned.status()).as(assigned.body().toString()).isIn(200, 204);

            String second = login(gateway, email);
            assertThat(texts(claims(second).path("permissions"))).contains("prices:write", "warehouse:manage");
            HttpJson.Response list = HttpJson.post(gateway + "/api/v1/price-lists", second, priceList);
            assertThat(list.status()).as(list.body().toString()).isEqualTo(201);
            String priceListId = list.body().path("id").asString();

            // limited to one warehouse: the next login's token names it, and stock writes elsewhere are refused
            HttpJson.Response limited = HttpJson.put(gateway + "/api/v1/users/" + userId, admin,
                    Map.of("name", "Pham Van Kho", "title", "Warehouse lead", "warehouseIds", List.of(warehouseId)));
            assertThat(limited.status()).as(limited.body().toString()).isEqualTo(200);
            String third = login(gateway, email);
            assertThat(texts(claims(third).path("warehouses"))).containsExactly(warehouseId);
            String sku = "SKU-STAFF-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
            HttpJson.Response ownReceipt = HttpJson.post(gateway + "/api/v1/stock/receipts", third,
                    Map.of("sku", sku, "warehouseId", warehouseId, "quantity", 5));
            assertThat(ownReceipt.status()).as(ownReceipt.body().toString()).isEqualTo(200);
            HttpJson.Response otherReceipt = HttpJson.post(gateway + "/api/v1/stock/receipts", third,
                    Map.of("sku", sku, "warehouseId", otherWarehouseId, "quantity", 5));
            assertThat(otherReceipt.status()).as(otherReceipt.body().toString()).isEqualTo(403);
            assertThat(otherReceipt.body().path("code").asString()).isEqualTo("warehouse-not-permitted");
            assertThat(HttpJson.get(gateway + "/api/v1/stock/" + sku, third).body().path("totalOnHand").asLong())
                    .isEqualTo(5);

            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
                JsonNode entries = auditOf(gateway, admin, accountId);
                assertThat(entry(entries, "warehouse.created", warehouseId).path("service").asString())
                        .isEqualTo("warehouse-service");
                assertThat(entry(entries, "price-list.created", priceListId).path("service").asString())
                        .isEqualTo("pricing-service");
            });
            JsonNode roleChange = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> entryOrNull(auditOf(gateway, admin, null), "user.role-assigned", userId),
                            found -> found != null);
            assertThat(roleChange.path("service").asString()).isEqualTo("user-service");
            assertThat(HttpJson.get(gateway + "/api/v1/audit?actor=" + accountId, first).status())
                    .as("reading the audit log needs audit:read").isEqualTo(403);
        }
    }

    private static String login(String gateway, String email) throws Exception {
        HttpJson.Response login = HttpJson.post(gateway + "/api/v1/auth/login", null,
                Map.of("email", email, "password", PASSWORD));
        assertThat(login.status()).as(login.body().toString()).isEqualTo(200);
        return login.body().path("accessToken").asString();
    }

    private static JsonNode auditOf(String gateway, String token, String actor) throws Exception {
        String query = actor == null ? "?size=100" : "?size=100&actor=" + actor;
        HttpJson.Response page = HttpJson.get(gateway + "/api/v1/audit" + query, token);
        assertThat(page.status()).as(page.body().toString()).isEqualTo(200);
        return page.body().path("items");
    }

    private static JsonNode entry(JsonNode entries, String action, String resourceId) {
        JsonNode found = entryOrNull(entries, action, resourceId);
        assertThat(found).as("%s of %s in %s", action, resourceId, entries).isNotNull();
        return found;
    }

    private static JsonNode entryOrNull(JsonNode entries, String action, String resourceId) {
        for (JsonNode entry : entries) {
            if (entry.path("action").asString().equals(action)
                    && entry.path("resourceId").asString().equals(resourceId)) {
                return entry;
            }
        }
        return null;
    }

    private static List<String> texts(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    private static JsonNode claims(String jwt) {
        String payload = jwt.split("\\.")[1];
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }

    private static Map<String, Object> warehouse(String code) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", "Staff test hub " + code);
        body.put("address", Map.of("line1", "7 Kho Hang", "province", "Ha Noi", "countryCode", "VN"));
        body.put("location", Map.of("latitude", 21.03, "longitude", 105.85));
        body.put("priority", 9);
        return body;
    }

    /** The invite auth-service publishes for the new staff account ({@code auth.password-reset.requested.v1}). */
    private static String awaitInviteToken(KafkaConsumer<String, String> consumer, String accountId) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                JsonNode payload = JSON.readTree(record.value());
                if (accountId.equals(record.key()) && payload.path("invite").asBoolean()
                        && accountId.equals(payload.path("accountId").asString())) {
                    return payload.path("token").asString();
                }
            }
        }
        throw new AssertionError("no invite for account " + accountId + " on auth.account within 30 s");
    }
}
