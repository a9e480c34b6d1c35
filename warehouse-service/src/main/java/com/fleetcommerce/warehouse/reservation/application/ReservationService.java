package com.fleetcommerce.warehouse.reservation.application;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fleetcommerce.shared.events.core.Uuids;
import com.fleetcommerce.shared.web.problem.BusinessRuleException;
import com.fleetcommerce.shared.web.problem.ConflictException;
import com.fleetcommerce.shared.web.problem.ResourceNotFoundException;
import com.fleetcommerce.shared.audit.StaffAudit;
import com.fleetcommerce.warehouse.reservation.domain.Allocation;
import com.fleetcommerce.warehouse.reservation.domain.AllocationPlan;
import com.fleetcommerce.warehouse.reservation.domain.Allocator;
import com.fleetcommerce.warehouse.reservation.domain.Reservation;
import com.fleetcommerce.warehouse.reservation.domain.ReservationRepository;
import com.fleetcommerce.warehouse.reservation.domain.ReservationRequest;
import com.fleetcommerce.warehouse.reservation.domain.ReservationStateException;
import com.fleetcommerce.warehouse.reservation.domain.ReservationStatus;
import com.fleetcommerce.warehouse.reservation.domain.Shortage;
import com.fleetcommerce.warehouse.stock.application.StockChanges;
import com.fleetcommerce.warehouse.stock.domain.AllocatableStock;
import com.fleetcommerce.warehouse.stock.domain.LevelKey;
import com.fleetcommerce.warehouse.stock.domain.MovementType;
import com.fleetcommerce.warehouse.stock.domain.StockLevel;
import com.fleetcommerce.warehouse.stock.domain.StockLevelRepository;
import com.fleetcommerce.warehouse.stock.domain.StockMovement;
import com.fleetcommerce.warehouse.warehouse.application.WarehouseAccess;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reserve, commit, release and expire. Each runs in one transaction that locks, in this order, the reservation rows
 * (new ones in key order) and then the stock levels (always sorted by SKU and warehouse id), so concurrent buyers
 * serialise on the levels they share and can never deadlock; a refused reservation leaves nothing behind. Reserving
 * takes a batch of calls at once ({@link #reserveAll}); {@link ReservationCombiner} fills those batches under load.
 */
@Service
public class ReservationService {

    static final String RESOURCE = "reservation";
    static final String SYSTEM_EXPIRY = "system:reservation-expiry";

    private final ReservationRepository reservations;
    private final StockLevelRepository levels;
    private final StockChanges stockChanges;
    private final ReservationEvents events;
    private final StaffAudit audit;

    public ReservationService(ReservationRepository reservations, StockLevelRepository levels,
                              StockChanges stockChanges, ReservationEvents events, StaffAudit audit) {
        this.audit = audit;
        this.reservations = reservations;
        this.levels = levels;
        this.stockChanges = stockChanges;
        this.events = events;
    }

    /**
     * One reservation on its own: a batch of one, answered with its outcome or its refusal thrown. A staff member
     * limited to some warehouses reserves only from those.
     */
    @Transactional
    public ReserveOutcome reserve(ReservationRequest request, String actor) {
        return reserveAll(List.of(new ReserveCall(request, actor, WarehouseAccess.permitted())))
                .getFirst().orThrow();
    }

    /**
     * Reserves for many calls in one transaction, as if they had come one after the other in list order: one claim of
     * all their keys, one ordered lock of all the levels they need, one batched write of levels, ledger rows and
     * events. Each call gets its own result: a refused call (short stock, key reused) leaves nothing behind and does
     * not affect the others. A stock level changed by several calls gets one {@code stock.changed} event carrying its
     * final state (its version still grows by one per change).
     *
     * @param calls calls with distinct reservation keys
     * @return one result per call, in the same order
     */
    @Transactional
    public List<ReserveResult> reserveAll(List<ReserveCall> calls) {
        Instant now = now();
        List<Reservation> opened = calls.stream()
                .map(c -> Reservation.open(Uuids.v7(), c.request(), c.actor(), now)).toList();
        Set<UUID> claimed = reservations.claimAll(opened);
        ReserveResult[] results = new ReserveResult[calls.size()];
        List<Integer> fresh = new ArrayList<>();
        for (int i = 0; i < calls.size(); i++) {
            if (claimed.contains(opened.get(i).id())) {
                fresh.add(i);
            } else {
                results[i] = repeat(calls.get(i).request());
            }
        }
        Map<String, List<AllocatableStock>> stockBySku = levels.lockForAllocation(fresh.stream()
                        .flatMap(i -> calls.get(i).request().skus().stream()).collect(Collectors.toSet()))
                .stream().collect(Collectors.groupingBy(s -> s.level().sku()));
        Map<LevelKey, StockLevel> changed = new LinkedHashMap<>();
        List<StockMovement> movements = new ArrayList<>();
        List<Reservation> created = new ArrayList<>();
        List<Map<String, String>> createdTraces = new ArrayList<>();
        List<UUID> refused = new ArrayList<>();
        for (int i : fresh) {
            Reservation reservation = opened.get(i);
            ReserveCall call = calls.get(i);
            ReservationRequest request = call.request();
            List<AllocatableStock> stock = request.skus().stream()
                    .flatMap(sku -> stockBySku.getOrDefault(sku, List.of()).stream())
                    .filter(s -> call.mayUse(s.level().warehouseId())).toList();
            AllocationPlan plan = Allocator.plan(request.lines(), stock, request.shipTo());
            if (!plan.complete()) {
                refused.add(reservation.id());
                results[i] = ReserveResult.refused(insufficient(plan.shortages()));
                continue;
            }
            reservation.allocate(plan.allocations());
            Map<LevelKey, StockLevel> locked = stock.stream().map(AllocatableStock::level)
                    .collect(Collectors.toMap(StockLevel::key, Function.identity()));
            for (Allocation a : reservation.allocations()) {
                StockLevel level = locked.get(a.levelKey());
                level.reserve(a.quantity());
                changed.put(level.key(), level);
                movements.add(new StockMovement(Uuids.v7(), level.sku(), level.warehouseId(), MovementType.RESERVE,
                        a.quantity(), null, reference(reservation), call.actor(), now));
            }
            created.add(reservation);
            createdTraces.add(call.trace());
            results[i] = ReserveResult.of(new ReserveOutcome(reservation, true));
        }
        reservations.unclaim(refused);
        reservations.saveAllocations(created);
        stockChanges.recordAll(List.copyOf(changed.values()), movements, now);
        // each reservation's event in its caller's trace; a level's stock event serves several callers: no one trace
        events.publishAll(created, createdTraces, now);
        // reservations are the checkout's (service scope); only one a staff member makes by hand is audited
        created.forEach(r -> audit.changed("reservation.created", RESOURCE, r.id().toString(), null, auditState(r)));
        return List.of(results);
    }

    /** The sale. Repeating a commit of a committed reservation answers it again and changes nothing. */
    @Transactional
    public Reservation commit(UUID id, String actor) {
        Instant now = now();
        Reservation reservation = lock(id);
        if (reservation.status() == ReservationStatus.COMMITTED) {
            return reservation;
        }
        Map<String, Object> before = auditState(reservation);
        state(reservation, () -> reservation.commit(now));
        Map<LevelKey, StockLevel> locked = lockLevels(List.of(reservation));
        for (Allocation a : reservation.allocations()) {
            StockLevel level = locked.get(a.levelKey());
            level.commitReserved(a.quantity());
            stockChanges.record(level, MovementType.COMMIT, -a.quantity(), null, reference(reservation), actor, now);
        }
        finish(reservation, now);
        audit.changed("reservation.committed", RESOURCE, id.toString(), before, auditState(reservation));
        return reservation;
    }

    /** Gives the stock back. Releasing a reservation that no longer holds stock (released, expired) changes nothing. */
    @Transactional
    public Reservation release(UUID id, String actor) {
        Instant now = now();
        Reservation reservation = lock(id);
        if (reservation.status() == ReservationStatus.RELEASED || reservation.status() == ReservationStatus.EXPIRED) {
            return reservation;
        }
        Map<String, Object> before = auditState(reservation);
        state(reservation, reservation::release);
        giveBack(List.of(reservation), MovementType.RELEASE, null, actor, now);
        audit.changed("reservation.released", RESOURCE, id.toString(), before, auditState(reservation));
        return reservation;
    }

    /**
     * Releases up to {@code batch} ACTIVE reservations whose expiry is at or before {@code now}; returns how many.
     * Safe with several workers at once: each takes reservations the others have not locked.
     */
    @Transactional
    public int expireDue(Instant now, int batch) {
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        List<Reservation> due = reservations.lockDue(at, batch);
        due.forEach(r -> r.expire(at));
        giveBack(due, MovementType.EXPIRE, "reservation expired", SYSTEM_EXPIRY, at);
        return due.size();
    }

    @Transactional(readOnly = true)
    public Reservation get(UUID id) {
        return reservations.findById(id).orElseThrow(() -> new ResourceNotFoundException(RESOURCE, id));
    }

    private ReserveResult repeat(ReservationRequest request) {
        Reservation first = reservations.findByKey(request.key())
                .orElseThrow(() -> new IllegalStateException("reservation key " + request.key() + " vanished"));
        if (!first.matches(request)) {
            return ReserveResult.refused(new BusinessRuleException("reservation-key-reused", HttpStatus.UNPROCESSABLE_CONTENT,
                    "reservation key " + request.key() + " was already used for a different request",
                    Map.of("reservationId", first.id())));
        }
        return ReserveResult.of(new ReserveOutcome(first, false));
    }

    private void giveBack(List<Reservation> done, MovementType type, String reason, String actor, Instant now) {
        Map<LevelKey, StockLevel> locked = lockLevels(done);
        for (Reservation reservation : done) {
            for (Allocation a : reservation.allocations()) {
                StockLevel level = locked.get(a.levelKey());
                level.release(a.quantity());
                stockChanges.record(level, type, -a.quantity(), reason, reference(reservation), actor, now);
            }
            finish(reservation, now);
        }
    }

    private void finish(Reservation reservation, Instant now) {
        reservations.updateStatus(reservation);
        events.publish(reservation, now);
    }

    /** All levels of all these reservations in one ordered lock, never one reservation after the other. */
    private Map<LevelKey, StockLevel> lockLevels(Collection<Reservation> held) {
        List<LevelKey> keys = held.stream().flatMap(r -> r.allocations().stream()).map(Allocation::levelKey)
                .distinct().toList();
        return levels.lock(keys).stream().collect(Collectors.toMap(StockLevel::key, Function.identity()));
    }

    private Reservation lock(UUID id) {
        return reservations.lockById(id).orElseThrow(() -> new ResourceNotFoundException(RESOURCE, id));
    }

    private static void state(Reservation reservation, Runnable transition) {
        try {
            transition.run();
        } catch (ReservationStateException refused) {
            throw new ConflictException(refused.code(), refused.getMessage(),
                    Map.of("reservationId", reservation.id(), "reservationStatus", reservation.status().name()));
        }
    }

    private static ConflictException insufficient(List<Shortage> shortages) {
        return new ConflictException("insufficient-stock",
                "not enough stock for " + shortages.size() + " line(s); nothing was reserved",
                Map.of("shortLines", shortages));
    }

    private static Map<String, Object> auditState(Reservation reservation) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("key", reservation.key());
        state.put("status", reservation.status().name());
        state.put("allocations", reservation.allocations());
        return state;
    }

    private static String reference(Reservation reservation) {
        return "reservation:" + reservation.id();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
