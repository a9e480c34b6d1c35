package com.fleetcommerce.warehouse.warehouse.persistence;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface WarehouseJpaRepository extends JpaRepository<WarehouseEntity, UUID> {

    Optional<WarehouseEntity> findByCode(String code);

    Page<WarehouseEntity> findByActive(boolean active, Pageable pageable);

    long countByActive(boolean active);
}
