package com.fleetcommerce.warehouse.reservation.web;

import static com.fleetcommerce.warehouse.StockFixtures.ORDER_SERVICE;
import static com.fleetcommerce.warehouse.StockFixtures.WRITER;
import static com.fleetcommerce.warehouse.StockFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.testsupport.TestJwts;
import com.fleetcommerce.testsupport.ApiClient;
import com.fleetcommerce.testsupport.ApiClient.Response;
import com.fleetcommerce.warehouse.StockFixtures;
import com.fleetcommerce.warehouse.WarehouseApiTest;
import com.fleetcommerce.warehouse.reservation.application.ReservationService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

class ReservationApiTest extends WarehouseApiTest {

    @Autowired
    ReservationService reservations;

    private String sku;
    private UUID warehouse;

    @BeforeEach
    void setUp() {
        sku = StockFixtures.uniqueSku();
        warehouse = fixtures.warehouse(21.0, 105.8, 10);
        fixtures.receive(sku, warehouse, 10);
    }

    @Test
    void aRepeatWithTheSameKeyReturnsTheSameReservationAndReservesNothingMore() {
        String key = "order-" + UUID.randomUUID();
        Response first = fixtures.reserve(ORDER_SERVICE, key, List.of(line(sku, 3)), Map.of());
        assertThat(first.status()).isEqualTo(201);
        String id = first.body().path("id").asString();
        assertThat(first.headers().getLocation()).hasToString("/api/v1/reservations/" + id);
        assertThat(first.body().path("status").asString()).isEqualTo("ACTIVE");
        assertThat(first.body().path("allocations").get(0).path("warehouseId").asString())
                .isEqualTo(warehouse.toString());

        Response repeat = fixtures.reserve(ORDER_SERVICE, key, List.of(line(sku, 3)), Map.of());
        assertThat(repeat.status()).isEqualTo(200);
        assertThat(repeat.body().path("id").asString()).isEqualTo(id);
        assertThat(fixtures.level(sku, warehouse)[1]).isEqualTo(3);

        Response other = fixtures.reserve(ORDER_SERVICE, key, List.of(line(sku, 4)), Map.of());
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.body().path("code").asString()).isEqualTo("reservation-key-reused");
        assertThat(fixtures.level(sku, warehouse)[1]).isEqualTo(3);
        assertThat(fixtures.ledgerSum(sku, warehouse, "RESERVE")).isEqualTo(3);
    }

    @Test
    void commitTurnsTheReservationIntoASale() {
        String id = reserve(4);

        Response committed = post("/api/v1/reservations/" + id + "/commit", ORDER_SERVICE);
        assertThat(committed.status()).isEqualTo(200);
        assertThat(committed.body().path("status").asString()).isEqualTo("COMMITTED");
        assertThat(fixtures.level(sku, warehouse)).startsWith(6, 0);
        assertThat(movementTypes()).startsWith("COMMIT");
        fixtures.assertLedgerAddsUp(sku, warehouse);
        assertThat(reservationEvents(id)).containsExactly("warehouse.reservation.created.v1",
                "warehouse.reservation.committed.v1");

        assertThat(post("/api/v1/reservations/" + id + "/commit", ORDER_SERVICE).status()).isEqualTo(200);
        Response release = post("/api/v1/reservations/" + id + "/release", ORDER_SERVICE);
        assertThat(release.status()).isEqualTo(409);
        assertThat(release.body().path("code").asString()).isEqualTo("reservation-not-active");
        assertThat(release.body().path("reservationStatus").asString()).isEqualTo("COMMITTED");
        assertThat(fixtures.level(sku, warehouse)).startsWith(6, 0);
    }

    @Test
    void releaseGivesTheStockBack() {
        String id = reserve(4);

        Response released = post("/api/v1/reservations/" + id + "/release", WRITER);
        assertThat(released.status()).isEqualTo(200);
        assertThat(released.body().path("status").asString()).isEqualTo("RELEASED");
        assertThat(fixtures.level(sku, warehouse)).startsWith(10, 0);
        assertThat(movementTypes()).startsWith("RELEASE", "RESERVE");
        fixtures.assertLedgerAddsUp(sku, warehouse);
        assertThat(reservationEvents(id)).containsExactly("warehouse.reservation.created.v1",
                "warehouse.reservation.released.v1");
        assertThat(post("/api/v1/reservations/" + id + "/release", WRITER).status()).isEqualTo(200);
        assertThat(reservationEvents(id)).hasSize(2);

        Response commit = post("/api/v1/reservations/" + id + "/commit", ORDER_SERVICE);
        assertThat(commit.status()).isEqualTo(409);
        assertThat(fixtures.level(sku, warehouse)).startsWith(10, 0);
    }

    @Test
    void expiryReleasesDueReservationsOnly() {
        Response shortLived = fixtures.reserve(ORDER_SERVICE, "exp-" + UUID.randomUUID(), List.of(line(sku, 2)),
                Map.of("ttlSeconds", 30));
        String id = shortLived.body().path("id").asString();
        String longLived = reserve(3);
        Instant due = Instant.parse(shortLived.body().path("expiresAt").asString());

        assertThat(reservations.expireDue(due.minusSeconds(1), 100)).isZero();
        assertThat(reservations.expireDue(due, 100)).isGreaterThanOrEqualTo(1);

        assertThat(api.get("/api/v1/reservations/" + id, ORDER_SERVICE).body().path("status").asString())
                .isEqualTo("EXPIRED");
        assertThat(api.get("/api/v1/reservations/" + longLived, ORDER_SERVICE).body().path("status").asString())
                .isEqualTo("ACTIVE");
        assertThat(fixtures.level(sku, warehouse)).startsWith(10, 3);
        assertThat(movementTypes()).contains("EXPIRE");
        fixtures.assertLedgerAddsUp(sku, warehouse);
        assertThat(reservationEvents(id)).containsExactly("warehouse.reservation.created.v1",
                "warehouse.reservation.expired.v1");
        assertThat(jdbc.queryForObject("SELECT actor FROM stock_movement WHERE type = 'EXPIRE' AND reference = ?",
                String.class, "reservation:" + id)).isEqualTo("system:reservation-expiry");
        assertThat(post("/api/v1/reservations/" + id + "/commit", ORDER_SERVICE).status()).isEqualTo(409);
    }

    @Test
    void insufficientStockIsA409NamingTheShortLinesAndReservesNothing() {
        String other = StockFixtures.uniqueSku();
        fixtures.receive(other, warehouse, 1);
        String key = "short-" + UUID.randomUUID();

        Response refused = fixtures.reserve(ORDER_SERVICE, key, List.of(line(other, 1), line(sku, 11)), Map.of());

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().path("code").asString()).isEqualTo("insufficient-stock");
        JsonNode shortLine = refused.body().path("shortLines").get(0);
        assertThat(refused.body().path("shortLines").size()).isEqualTo(1);
        assertThat(shortLine.path("sku").asString()).isEqualTo(sku);
        assertThat(shortLine.path("requested").asLong()).isEqualTo(11);
        assertThat(shortLine.path("available").asLong()).isEqualTo(10);
        assertThat(fixtures.level(other, warehouse)[1]).isZero();
        assertThat(fixtures.level(sku, warehouse)[1]).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM reservation WHERE reservation_key = ?", Long.class, key))
                .isZero();
    }

    @Test
    void anOrderNoSingleWarehouseCanServeIsSplitNearestFirst() {
        UUID saigon = fixtures.warehouse(10.8, 106.7, 1);
        fixtures.receive(sku, saigon, 5);

        Response split = fixtures.reserve(ORDER_SERVICE, UUID.randomUUID().toString(), List.of(line(sku, 12)),
                Map.of("shipTo", Map.of("latitude", 10.7, "longitude", 106.6)));

        assertThat(split.status()).isEqualTo(201);
        assertThat(split.body().path("lines").get(0).path("quantity").asLong()).isEqualTo(12);
        assertThat(split.body().path("allocations").valueStream()
                .map(a -> a.path("warehouseId").asString() + "=" + a.path("quantity").asLong()))
                .containsExactlyInAnyOrder(saigon + "=5", warehouse + "=7");
    }

    @Test
    void badInputIsA400AndReservesNothing() {
        long rows = fixtures.ledgerRows(sku);
        assertBadRequest(fixtures.reserve(ORDER_SERVICE, "k1-" + sku, List.of(line(sku, 0)), Map.of()));
        assertBadRequest(fixtures.reserve(ORDER_SERVICE, "k2-" + sku, List.of(line(sku, -1)), Map.of()));
        assertBadRequest(fixtures.reserve(ORDER_SERVICE, "k3-" + sku, List.of(line(sku, 10_000_000)), Map.of()));
        assertBadRequest(fixtures.reserve(ORDER_SERVICE, "k4-" + sku, List.of(line(sku, 1), line(sku, 1)), Map.of()));
        assertBadRequest(fixtures.reserve(ORDER_SERVICE, "k5-" + sku, List.of(line("lower", 1)), Map.of()));
        assertBadRequest(fixtures.reserve(ORDER_SERVICE, "k6-" + sku, List.of(), Map.of()));
        assertBadRequest(fixtures.reserve(ORDER_SERVICE, "k7-" + sku, List.of(line(sku, 1)),
                Map.of("ttlSeconds", 999_999)));
        assertBadRequest(fixtures.reserve(ORDER_SERVICE, "k8-" + sku, List.of(line(sku, 1)),
                Map.of("shipTo", Map.of("latitude", 95, "longitude", 0))));
        assertBadRequest(fixtures.reserve(ORDER_SERVICE, "", List.of(line(sku, 1)), Map.of()));
        Response malformed = api.send(HttpMethod.POST, "/api/v1/reservations", ORDER_SERVICE, "{\"lines\": [", Map.of());
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(post("/api/v1/reservations/" + UUID.randomUUID() + "/commit", ORDER_SERVICE).status())
                .isEqualTo(404);

        assertThat(fixtures.level(sku, warehouse)[1]).isZero();
        assertThat(fixtures.ledgerRows(sku)).isEqualTo(rows);
    }

    @Test
    void reservingNeedsTheServiceScopeOrStaffPermission() {
        String customer = TestJwts.customer().token();
        String serviceWithoutScope = TestJwts.service("catalog-service").scopes("catalog.read").token();
        String clerk = TestJwts.staff().permissions("inventory:read").token();
        for (String token : List.of(customer, serviceWithoutScope, clerk)) {
            Response denied = fixtures.reserve(token, UUID.randomUUID().toString(), List.of(line(sku, 1)), Map.of());
            assertThat(denied.status()).isEqualTo(403);
            assertThat(denied.body().path("code").asString()).isEqualTo("access-denied");
        }
        String id = reserve(1);
        assertThat(post("/api/v1/reservations/" + id + "/commit", customer).status()).isEqualTo(403);
        assertThat(fixtures.level(sku, warehouse)).startsWith(10, 1);
        assertThat(fixtures.reserve(WRITER, UUID.randomUUID().toString(), List.of(line(sku, 1)), Map.of()).status())
                .isEqualTo(201);
    }

    private String reserve(long quantity) {
        Response r = fixtures.reserve(ORDER_SERVICE, UUID.randomUUID().toString(), List.of(line(sku, quantity)),
                Map.of());
        assertThat(r.status()).as(r.body().toString()).isEqualTo(201);
        return r.body().path("id").asString();
    }

    private List<String> movementTypes() {
        return api.get("/api/v1/stock/" + sku + "/movements", WRITER).body().path("items").valueStream()
                .map(m -> m.path("type").asString()).toList();
    }

    private List<String> reservationEvents(String reservationId) {
        return jdbc.queryForList("SELECT event_type FROM outbox_event WHERE topic = 'warehouse.reservation'"
                + " AND message_key = ? ORDER BY seq", String.class, reservationId);
    }

    private Response post(String path, String token) {
        return api.send(HttpMethod.POST, path, token, null, Map.of());
    }

    private static void assertBadRequest(Response response) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(400);
        assertThat(response.body().path("code").asString()).isEqualTo("validation-failed");
    }
}
