package com.fleetcommerce.warehouse.warehouse.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.UUID;

import org.junit.jupiter.api.Test;

class WarehouseTest {

    private static final Address ADDRESS = new Address("1 Street", null, null, null, "Ha Noi", "VN", null);
    private static final GeoPoint HANOI = new GeoPoint(21.0285, 105.8542);
    private static final GeoPoint HO_CHI_MINH_CITY = new GeoPoint(10.8231, 106.6297);

    @Test
    void opensActiveWithItsDescription() {
        Warehouse w = Warehouse.open(UUID.randomUUID(), "HN-01", " Hanoi ", ADDRESS, HANOI, 10);
        assertThat(w.active()).isTrue();
        assertThat(w.name()).isEqualTo("Hanoi");
        assertThat(w.version()).isZero();
        w.deactivate();
        assertThat(w.active()).isFalse();
    }

    @Test
    void rejectsBadCodesNamesAndPriorities() {
        UUID id = UUID.randomUUID();
        assertThatThrownBy(() -> Warehouse.open(id, "hn 01", "x", ADDRESS, HANOI, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Warehouse.open(id, "HN-01", " ", ADDRESS, HANOI, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Warehouse.open(id, "HN-01", "x", ADDRESS, HANOI, -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GeoPoint(91, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Address("x", null, null, null, null, "vn", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void distanceBetweenHanoiAndHoChiMinhCityIsAbout1140Km() {
        assertThat(HANOI.distanceKm(HO_CHI_MINH_CITY)).isCloseTo(1138, within(15.0));
        assertThat(HANOI.distanceKm(HANOI)).isZero();
    }
}
