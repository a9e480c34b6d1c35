package com.fleetcommerce.catalog.price.domain;

/** The price cache could not be reached or did not answer in time. */
public class PriceCacheUnavailableException extends RuntimeException {

    public PriceCacheUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
