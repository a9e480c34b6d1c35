package com.fleetcommerce.warehouse.warehouse.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fleetcommerce.warehouse.warehouse.domain.Address;
import com.fleetcommerce.warehouse.warehouse.domain.GeoPoint;
import com.fleetcommerce.warehouse.warehouse.domain.Warehouse;
import com.fleetcommerce.warehouse.warehouse.domain.WarehouseRepository;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Repository;

@Repository
class JpaWarehouseRepository implements WarehouseRepository {

    private static final Sort ORDER = Sort.by("priority", "code");

    private final WarehouseJpaRepository jpa;

    JpaWarehouseRepository(WarehouseJpaRepository jpa) {
        this.jpa = jpa;
    }

    @Override
    public Optional<Warehouse> findById(UUID id) {
        return jpa.findById(id).map(JpaWarehouseRepository::toDomain);
    }

    @Override
    public Optional<Warehouse> findByCode(String code) {
        return jpa.findByCode(code).map(JpaWarehouseRepository::toDomain);
    }

    @Override
    public List<Warehouse> findPage(Boolean active, int page, int size) {
        PageRequest request = PageRequest.of(page, size, ORDER);
        var rows = active == null ? jpa.findAll(request) : jpa.findByActive(active, request);
        return rows.map(JpaWarehouseRepository::toDomain).getContent();
    }

    @Override
    public long count(Boolean active) {
        return active == null ? jpa.count() : jpa.countByActive(active);
    }

    @Override
    public Warehouse save(Warehouse warehouse) {
        WarehouseEntity entity = jpa.findById(warehouse.id()).orElse(null);
        Instant now = Instant.now();
        if (entity == null) {
            entity = new WarehouseEntity();
            entity.id = warehouse.id();
            entity.code = warehouse.code();
            entity.createdAt = now;
        } else if (entity.version != warehouse.version()) {
            // The caller changed a state it read at another version: someone else updated it meanwhile.
            throw new ObjectOptimisticLockingFailureException(WarehouseEntity.class, warehouse.id());
        }
        entity.name = warehouse.name();
        Address address = warehouse.address();
        entity.line1 = address.line1();
        entity.line2 = address.line2();
        entity.ward = address.ward();
        entity.district = address.district();
        entity.province = address.province();
        entity.countryCode = address.countryCode();
        entity.postalCode = address.postalCode();
        entity.latitude = warehouse.location().latitude();
        entity.longitude = warehouse.location().longitude();
        entity.priority = warehouse.priority();
        entity.active = warehouse.active();
        entity.updatedAt = now;
        return toDomain(jpa.saveAndFlush(entity));
    }

    private static Warehouse toDomain(WarehouseEntity e) {
        return Warehouse.restore(e.id, e.code, e.name,
                new Address(e.line1, e.line2, e.ward, e.district, e.province, e.countryCode, e.postalCode),
                new GeoPoint(e.latitude, e.longitude), e.priority, e.active, e.version);
    }
}
