package com.fleetcommerce.gateway.bff.application;

/** The required part's service failed or did not answer in time: the BFF answer cannot be given (503). */
public class ServiceUnavailableException extends RuntimeException {

    private final String service;

    public ServiceUnavailableException(String service, Throwable cause) {
        super(service + " is not available", cause);
        this.service = service;
    }

    public String service() {
        return service;
    }
}
