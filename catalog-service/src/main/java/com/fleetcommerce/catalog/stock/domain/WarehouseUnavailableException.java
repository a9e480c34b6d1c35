package com.fleetcommerce.catalog.stock.domain;

/** warehouse-service gave no usable answer; readers fall back to the PostgreSQL copy. */
public class WarehouseUnavailableException extends RuntimeException {

    public WarehouseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
