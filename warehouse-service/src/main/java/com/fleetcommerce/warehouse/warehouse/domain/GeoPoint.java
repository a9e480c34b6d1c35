package com.fleetcommerce.warehouse.warehouse.domain;

/** A WGS-84 position; used to pick the nearest warehouse for a ship-to location. */
public record GeoPoint(double latitude, double longitude) {

    private static final double EARTH_RADIUS_KM = 6371.0088;

    public GeoPoint {
        if (latitude < -90 || latitude > 90 || Double.isNaN(latitude)) {
            throw new IllegalArgumentException("latitude must be within [-90, 90]");
        }
        if (longitude < -180 || longitude > 180 || Double.isNaN(longitude)) {
            throw new IllegalArgumentException("longitude must be within [-180, 180]");
        }
    }

    /** Great-circle (haversine) distance; good enough to rank warehouses by nearness. */
    public double distanceKm(GeoPoint other) {
        double dLat = Math.toRadians(other.latitude - latitude);
        double dLon = Math.toRadians(other.longitude - longitude);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(latitude)) * Math.cos(Math.toRadians(other.latitude))
                * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
