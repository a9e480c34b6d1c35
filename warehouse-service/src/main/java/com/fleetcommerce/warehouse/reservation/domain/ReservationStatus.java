package com.fleetcommerce.warehouse.reservation.domain;

/** ACTIVE holds stock; the other three are final. */
public enum ReservationStatus {
    ACTIVE, COMMITTED, RELEASED, EXPIRED
}
