package com.fleetcommerce.warehouse.reservation.domain;

/** The reservation is not in a state that allows the step; {@code code} is the stable problem code. */
public class ReservationStateException extends RuntimeException {

    private final String code;

    public ReservationStateException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
