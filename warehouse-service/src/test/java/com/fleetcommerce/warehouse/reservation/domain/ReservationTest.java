package com.fleetcommerce.warehouse.reservation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fleetcommerce.warehouse.warehouse.domain.GeoPoint;
import org.junit.jupiter.api.Test;

class ReservationTest {

    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

    private static ReservationRequest request(String key, int ttl, RequestedLine... lines) {
        return new ReservationRequest(key, List.of(lines), null, ttl);
    }

    private static Reservation active() {
        Reservation r = Reservation.open(UUID.randomUUID(), request("k", 60, new RequestedLine("A", 1)), "svc", NOW);
        r.allocate(List.of(new Allocation("A", UUID.randomUUID(), 1)));
        return r;
    }

    @Test
    void expiresAfterItsTtl() {
        Reservation r = active();
        assertThat(r.expiresAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(r.isDue(NOW.plusSeconds(59))).isFalse();
        assertThatThrownBy(() -> r.expire(NOW.plusSeconds(59))).isInstanceOf(IllegalStateException.class);
        r.expire(NOW.plusSeconds(60));
        assertThat(r.status()).isEqualTo(ReservationStatus.EXPIRED);
    }

    @Test
    void onlyAnActiveReservationMovesAndOnlyOnce() {
        Reservation r = active();
        r.commit(NOW.plusSeconds(1));
        assertThat(r.status()).isEqualTo(ReservationStatus.COMMITTED);
        assertThat(r.version()).isEqualTo(1);
        assertThatThrownBy(r::release).isInstanceOfSatisfying(ReservationStateException.class,
                e -> assertThat(e.code()).isEqualTo("reservation-not-active"));
        assertThatThrownBy(() -> r.commit(NOW)).isInstanceOf(ReservationStateException.class);
    }

    @Test
    void aDueReservationCannotBeCommitted() {
        Reservation r = active();
        assertThatThrownBy(() -> r.commit(NOW.plusSeconds(60))).isInstanceOfSatisfying(
                ReservationStateException.class, e -> assertThat(e.code()).isEqualTo("reservation-expired"));
        assertThat(r.status()).isEqualTo(ReservationStatus.ACTIVE);
    }

    @Test
    void theFingerprintIgnoresLineOrderButNotContent() {
        ReservationRequest ab = request("k", 60, new RequestedLine("A", 1), new RequestedLine("B", 2));
        ReservationRequest ba = request("k", 60, new RequestedLine("B", 2), new RequestedLine("A", 1));
        ReservationRequest more = request("k", 60, new RequestedLine("A", 2), new RequestedLine("B", 2));
        ReservationRequest located = new ReservationRequest("k", ab.lines(), new GeoPoint(10, 106), 60);
        assertThat(ab.fingerprint()).isEqualTo(ba.fingerprint()).hasSize(64);
        assertThat(ab.fingerprint()).isNotEqualTo(more.fingerprint()).isNotEqualTo(located.fingerprint());
    }

    @Test
    void requestsAreBounded() {
        assertThatThrownBy(() -> request("k", 60)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> request("k", 5, new RequestedLine("A", 1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> request("k", 60, new RequestedLine("A", 1), new RequestedLine("A", 2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RequestedLine("A", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
