package com.fleetcommerce.warehouse.warehouse.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Table mapping only; the rules live in the domain {@code Warehouse}. */
@Entity
@Table(name = "warehouse")
class WarehouseEntity {

    @Id
    UUID id;
    String code;
    String name;
    String line1;
    String line2;
    String ward;
    String district;
    String province;
    @Column(name = "country_code")
    String countryCode;
    @Column(name = "postal_code")
    String postalCode;
    double latitude;
    double longitude;
    int priority;
    boolean active;
    @Version
    long version;
    @Column(name = "created_at", updatable = false)
    Instant createdAt;
    @Column(name = "updated_at")
    Instant updatedAt;

    protected WarehouseEntity() {
    }
}
