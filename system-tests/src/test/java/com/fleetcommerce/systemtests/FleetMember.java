package com.fleetcommerce.systemtests;

/** One line of {@code deploy/services.conf} whose module exists. */
public record FleetMember(String name, int port, String database, String kind, String module) {

    public boolean isService() {
        return "service".equals(kind);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }
}
