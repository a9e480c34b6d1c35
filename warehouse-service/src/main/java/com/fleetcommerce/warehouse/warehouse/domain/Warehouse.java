package com.fleetcommerce.warehouse.warehouse.domain;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A place that holds stock. Its code is the stable business key (used in demo data, imports and events); the
 * priority orders warehouses when an order has to be split (lower value = preferred).
 */
public final class Warehouse {

    public static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,31}");

    private final UUID id;
    private final String code;
    private String name;
    private Address address;
    private GeoPoint location;
    private int priority;
    private boolean active;
    private final long version;

    private Warehouse(UUID id, String code, String name, Address address, GeoPoint location, int priority,
                      boolean active, long version) {
        this.id = Objects.requireNonNull(id, "id");
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("code must match " + CODE.pattern());
        }
        this.code = code;
        this.active = active;
        this.version = version;
        describe(name, address, location, priority);
    }

    public static Warehouse open(UUID id, String code, String name, Address address, GeoPoint location,
                                 int priority) {
        return new Warehouse(id, code, name, address, location, priority, true, 0);
    }

    /** Rebuilds a stored warehouse; persistence only. */
    public static Warehouse restore(UUID id, String code, String name, Address address, GeoPoint location,
                                    int priority, boolean active, long version) {
        return new Warehouse(id, code, name, address, location, priority, active, version);
    }

    public void describe(String newName, Address newAddress, GeoPoint newLocation, int newPriority) {
        if (newName == null || newName.isBlank() || newName.length() > 120) {
            throw new IllegalArgumentException("name must be 1..120 characters");
        }
        if (newPriority < 0 || newPriority > 10_000) {
            throw new IllegalArgumentException("priority must be within [0, 10000]");
        }
        this.name = newName.strip();
        this.address = Objects.requireNonNull(newAddress, "address");
        this.location = Objects.requireNonNull(newLocation, "location");
        this.priority = newPriority;
    }

    public void activate() {
        active = true;
    }

    /** A deactivated warehouse keeps its stock records but is no longer used for new reservations. */
    public void deactivate() {
        active = false;
    }

    public UUID id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public Address address() {
        return address;
    }

    public GeoPoint location() {
        return location;
    }

    public int priority() {
        return priority;
    }

    public boolean active() {
        return active;
    }

    public long version() {
        return version;
    }
}
