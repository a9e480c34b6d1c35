package com.fleetcommerce.catalog.stock.domain;

/** The cache store could not be reached or did not answer in time. */
public class StockCacheUnavailableException extends RuntimeException {

    public StockCacheUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
