package com.fleetcommerce.warehouse.warehouse.application;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fleetcommerce.shared.events.core.Uuids;
import com.fleetcommerce.shared.web.problem.ConflictException;
import com.fleetcommerce.shared.web.problem.PreconditionFailedException;
import com.fleetcommerce.shared.web.problem.ResourceNotFoundException;
import com.fleetcommerce.shared.audit.StaffAudit;
import com.fleetcommerce.warehouse.warehouse.domain.Warehouse;
import com.fleetcommerce.warehouse.warehouse.domain.WarehouseRepository;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff use cases on warehouses. */
@Service
public class WarehouseService {

    static final String RESOURCE = "warehouse";

    private final WarehouseRepository warehouses;
    private final StaffAudit audit;

    public WarehouseService(WarehouseRepository warehouses, StaffAudit audit) {
        this.warehouses = warehouses;
        this.audit = audit;
    }

    @Transactional
    public Warehouse open(String code, WarehouseDetails details) {
        WarehouseAccess.requireUnlimited("open a warehouse");
        if (warehouses.findByCode(code).isPresent()) {
            throw codeTaken(code);
        }
        Warehouse warehouse = Warehouse.open(Uuids.v7(), code, details.name(), details.address(),
                details.location(), details.priority());
        Warehouse saved;
        try {
            saved = warehouses.save(warehouse);
        } catch (DataIntegrityViolationException raced) {
            // Two requests opened the same code at once; the unique constraint decided.
            throw codeTaken(code);
        }
        audit.changed("warehouse.created", RESOURCE, saved.id().toString(), null, auditState(saved));
        return saved;
    }

    @Transactional(readOnly = true)
    public Warehouse get(UUID id) {
        return warehouses.findById(id).orElseThrow(() -> new ResourceNotFoundException(RESOURCE, id));
    }

    @Transactional(readOnly = true)
    public Optional<Warehouse> findByCode(String code) {
        return warehouses.findByCode(code);
    }

    @Transactional(readOnly = true)
    public WarehouseSlice list(Boolean active, int page, int size) {
        return new WarehouseSlice(warehouses.findPage(active, page, size), page, size, warehouses.count(active));
    }

    /** Changes the description; {@code expectedVersion} is the version the caller read (If-Match). */
    @Transactional
    public Warehouse describe(UUID id, long expectedVersion, WarehouseDetails details) {
        WarehouseAccess.require(id);
        Warehouse warehouse = current(id, expectedVersion);
        Map<String, Object> before = auditState(warehouse);
        warehouse.describe(details.name(), details.address(), details.location(), details.priority());
        Warehouse saved = warehouses.save(warehouse);
        audit.changed("warehouse.updated", RESOURCE, id.toString(), before, auditState(saved));
        return saved;
    }

    @Transactional
    public Warehouse setActive(UUID id, long expectedVersion, boolean active) {
        WarehouseAccess.require(id);
        Warehouse warehouse = current(id, expectedVersion);
        boolean wasActive = warehouse.active();
        if (active) {
            warehouse.activate();
        } else {
            warehouse.deactivate();
        }
        Warehouse saved = warehouses.save(warehouse);
        if (wasActive != active) {
            audit.changed(active ? "warehouse.activated" : "warehouse.deactivated", RESOURCE, id.toString(),
                    Map.of("active", wasActive), Map.of("active", active));
        }
        return saved;
    }

    /** The described fields of a warehouse, for the audit log (the version is bookkeeping, not a change). */
    private static Map<String, Object> auditState(Warehouse warehouse) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("code", warehouse.code());
        state.put("name", warehouse.name());
        state.put("address", warehouse.address());
        state.put("location", warehouse.location());
        state.put("priority", warehouse.priority());
        state.put("active", warehouse.active());
        return state;
    }

    private Warehouse current(UUID id, long expectedVersion) {
        Warehouse warehouse = get(id);
        if (warehouse.version() != expectedVersion) {
            throw new PreconditionFailedException("warehouse " + id + " changed since it was read",
                    Map.of("currentETag", "\"" + warehouse.version() + "\""));
        }
        return warehouse;
    }

    private static ConflictException codeTaken(String code) {
        return new ConflictException("warehouse-code-taken",
                "a warehouse with code " + code + " already exists", Map.of("warehouseCode", code));
    }
}
