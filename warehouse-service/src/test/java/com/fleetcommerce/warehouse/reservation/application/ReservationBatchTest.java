package com.fleetcommerce.warehouse.reservation.application;

import static com.fleetcommerce.warehouse.StockFixtures.ORDER_SERVICE;
import static com.fleetcommerce.warehouse.StockFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.shared.web.problem.ProblemException;
import com.fleetcommerce.warehouse.StockFixtures;
import com.fleetcommerce.warehouse.WarehouseApiTest;
import com.fleetcommerce.warehouse.reservation.domain.ReservationRequest;
import com.fleetcommerce.warehouse.reservation.domain.RequestedLine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One batch of reservation calls in one transaction answers each call as if the calls had run one after the other:
 * refused calls leave nothing behind and do not affect the others.
 */
class ReservationBatchTest extends WarehouseApiTest {

    private static final String ORDER = "order-service";

    @Autowired
    ReservationService reservations;

    private String sku;
    private UUID warehouse;

    @BeforeEach
    void setUp() {
        sku = StockFixtures.uniqueSku();
        warehouse = fixtures.warehouse(21.0, 105.8, 10);
        fixtures.receive(sku, warehouse, 11);
    }

    @Test
    void eachCallOfABatchGetsTheAnswerItWouldHaveGotAlone() {
        String earlier = "earlier-" + UUID.randomUUID();
        String reused = "reused-" + UUID.randomUUID();
        assertThat(fixtures.reserve(ORDER_SERVICE, earlier, List.of(line(sku, 1)), Map.of()).status()).isEqualTo(201);
        assertThat(fixtures.reserve(ORDER_SERVICE, reused, List.of(line(sku, 1)), Map.of()).status()).isEqualTo(201);
        String first = "first-" + UUID.randomUUID();
        String tooMany = "too-many-" + UUID.randomUUID();
        String rest = "rest-" + UUID.randomUUID();

        List<ReserveResult> results = reservations.reserveAll(List.of(
                call(first, 3),     // 9 available -> 6
                call(tooMany, 7),   // 6 available: refused, holds nothing
                call(rest, 6),      // sees the 6 the refused call did not take -> 0
                call(earlier, 1),   // a repeat: the earlier reservation again
                call(reused, 2)));  // the key of another request: refused

        assertThat(results.get(0).outcome().created()).isTrue();
        assertThat(problemCode(results.get(1))).isEqualTo("insufficient-stock");
        assertThat(results.get(2).outcome().created()).isTrue();
        assertThat(results.get(2).outcome().reservation().allocations())
                .singleElement().satisfies(a -> assertThat(a.quantity()).isEqualTo(6));
        assertThat(results.get(3).outcome().created()).isFalse();
        assertThat(results.get(3).outcome().reservation().key()).isEqualTo(earlier);
        assertThat(problemCode(results.get(4))).isEqualTo("reservation-key-reused");

        long[] level = fixtures.level(sku, warehouse);
        assertThat(level[1]).as("reserved: 1 + 1 earlier, 3 + 6 in the batch").isEqualTo(11);
        assertThat(level[3]).as("version: receipt, two earlier reservations, two in the batch").isEqualTo(5);
        fixtures.assertLedgerAddsUp(sku, warehouse);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM reservation WHERE reservation_key = ?", Long.class,
                tooMany)).as("the refused call's claim is gone").isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM reservation_allocation a JOIN reservation r"
                + " ON r.id = a.reservation_id WHERE r.reservation_key IN (?, ?)", Long.class, first, rest))
                .isEqualTo(2);
        assertThat(jdbc.queryForList("SELECT (payload->>'reserved')::bigint FROM outbox_event"
                        + " WHERE topic = 'warehouse.stock' AND message_key = ? ORDER BY seq", Long.class, sku))
                .as("one stock event per level per batch, with its final state")
                .containsExactly(0L, 1L, 2L, 11L);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM outbox_event WHERE topic = 'warehouse.reservation'"
                + " AND payload->>'reservationKey' IN (?, ?, ?)", Long.class, first, tooMany, rest))
                .as("a created event for each reservation made, none for the refused call").isEqualTo(2);
    }

    @Test
    void aBatchWhereEveryCallIsShortChangesNothing() {
        List<ReserveResult> results = reservations.reserveAll(List.of(
                call("short-" + UUID.randomUUID(), 12), call("short-" + UUID.randomUUID(), 20)));

        assertThat(results).allSatisfy(r -> assertThat(problemCode(r)).isEqualTo("insufficient-stock"));
        assertThat(fixtures.level(sku, warehouse)).containsExactly(11, 0, 0, 1);
        assertThat(fixtures.ledgerRows(sku)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM outbox_event WHERE message_key = ?", Long.class, sku))
                .as("only the receipt's event").isEqualTo(1);
    }

    @Test
    void eachReservationsEventCarriesItsCallersTrace() {
        String traceA = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
        String traceB = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        List<ReserveCall> calls = List.of(traced(call("a-" + UUID.randomUUID(), 1), traceA),
                traced(call("b-" + UUID.randomUUID(), 1), traceB));

        List<ReserveResult> results = reservations.reserveAll(calls);

        for (int i = 0; i < calls.size(); i++) {
            UUID id = results.get(i).outcome().reservation().id();
            assertThat(jdbc.queryForObject("SELECT headers->>'traceparent' FROM outbox_event WHERE message_key = ?",
                    String.class, id.toString())).isEqualTo(calls.get(i).trace().get("traceparent"));
        }
    }

    private static ReserveCall traced(ReserveCall call, String traceparent) {
        return new ReserveCall(call.request(), call.actor(), call.warehouses(), Map.of("traceparent", traceparent));
    }

    private ReserveCall call(String key, long quantity) {
        return new ReserveCall(new ReservationRequest(key, List.of(new RequestedLine(sku, quantity)), null,
                ReservationRequest.DEFAULT_TTL_SECONDS), ORDER);
    }

    private static String problemCode(ReserveResult result) {
        assertThat(result.refusal()).isInstanceOf(ProblemException.class);
        return ((ProblemException) result.refusal()).code();
    }
}
