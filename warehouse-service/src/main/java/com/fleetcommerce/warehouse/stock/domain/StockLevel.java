package com.fleetcommerce.warehouse.stock.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Stock of one SKU in one warehouse. Every change goes through a method that checks the rules and raises the version
 * by one, so consumers of the change events can drop anything older than what they hold.
 * <p>Invariants: all quantities are non-negative and reserved never exceeds on hand.
 */
public final class StockLevel {

    private final String sku;
    private final UUID warehouseId;
    private final String warehouseCode;
    private final long loadedVersion;
    private long onHand;
    private long reserved;
    private long safetyStock;
    private long lowStockThreshold;
    private long version;

    private StockLevel(String sku, UUID warehouseId, String warehouseCode, long onHand, long reserved,
                       long safetyStock, long lowStockThreshold, long version) {
        this.sku = Sku.require(sku);
        this.warehouseId = Objects.requireNonNull(warehouseId, "warehouseId");
        this.warehouseCode = Objects.requireNonNull(warehouseCode, "warehouseCode");
        if (onHand < 0 || reserved < 0 || safetyStock < 0 || lowStockThreshold < 0 || reserved > onHand) {
            throw new IllegalArgumentException("inconsistent stock level " + sku + "@" + warehouseCode);
        }
        this.onHand = onHand;
        this.reserved = reserved;
        this.safetyStock = safetyStock;
        this.lowStockThreshold = lowStockThreshold;
        this.version = version;
        this.loadedVersion = version;
    }

    /** Rebuilds a stored level; persistence only. */
    public static StockLevel restore(String sku, UUID warehouseId, String warehouseCode, long onHand, long reserved,
                                     long safetyStock, long lowStockThreshold, long version) {
        return new StockLevel(sku, warehouseId, warehouseCode, onHand, reserved, safetyStock, lowStockThreshold,
                version);
    }

    public void receive(long quantity) {
        requirePositive(quantity);
        onHand = Math.addExact(onHand, quantity);
        version++;
    }

    /** A counted correction; it may never leave less on hand than is promised to reservations. */
    public void adjust(long delta) {
        if (delta == 0) {
            throw new IllegalArgumentException("an adjustment changes the quantity");
        }
        long after = Math.addExact(onHand, delta);
        if (after < reserved) {
            throw new StockRuleViolation("stock-below-reserved",
                    "on hand of " + sku + " in " + warehouseCode + " cannot go below the " + reserved
                            + " reserved units", details("onHand", onHand, "reserved", reserved, "delta", delta));
        }
        onHand = after;
        version++;
    }

    /** Physical stock leaving for another warehouse: only units not promised to reservations may leave. */
    public void transferOut(long quantity) {
        requirePositive(quantity);
        if (onHand - reserved < quantity) {
            throw new StockRuleViolation("insufficient-stock",
                    "only " + (onHand - reserved) + " unreserved units of " + sku + " are in " + warehouseCode,
                    details("requested", quantity, "unreserved", onHand - reserved, "warehouseCode", warehouseCode));
        }
        onHand -= quantity;
        version++;
    }

    public void transferIn(long quantity) {
        receive(quantity);
    }

    public void reserve(long quantity) {
        requirePositive(quantity);
        if (available() < quantity) {
            throw new StockRuleViolation("insufficient-stock",
                    "only " + available() + " units of " + sku + " are available in " + warehouseCode,
                    details("requested", quantity, "available", available(), "warehouseCode", warehouseCode));
        }
        reserved += quantity;
        version++;
    }

    /** Gives reserved units back (release or expiry of a reservation). */
    public void release(long quantity) {
        requirePositive(quantity);
        requireReserved(quantity);
        reserved -= quantity;
        version++;
    }

    /** Reserved units become a sale: they leave on hand and reserved together. */
    public void commitReserved(long quantity) {
        requirePositive(quantity);
        requireReserved(quantity);
        reserved -= quantity;
        onHand -= quantity;
        version++;
    }

    public void configure(long newSafetyStock, long newLowStockThreshold) {
        if (newSafetyStock < 0 || newLowStockThreshold < 0) {
            throw new IllegalArgumentException("safety stock and low-stock threshold are 0 or more");
        }
        safetyStock = newSafetyStock;
        lowStockThreshold = newLowStockThreshold;
        version++;
    }

    /**
     * Brings the level to a stated on hand and, when given, settings (a bulk upsert from a stock count). One version
     * step for the whole change, none when nothing differs. On hand may never drop below what is reserved.
     *
     * @return the signed change of on hand (0 when only settings changed, or nothing did)
     */
    public long restate(long newOnHand, Long newSafetyStock, Long newLowStockThreshold) {
        long safety = newSafetyStock == null ? safetyStock : newSafetyStock;
        long threshold = newLowStockThreshold == null ? lowStockThreshold : newLowStockThreshold;
        if (newOnHand < 0 || safety < 0 || threshold < 0) {
            throw new IllegalArgumentException("on hand, safety stock and low-stock threshold are 0 or more");
        }
        if (newOnHand < reserved) {
            throw new StockRuleViolation("stock-below-reserved",
                    "on hand of " + sku + " in " + warehouseCode + " cannot go below the " + reserved
                            + " reserved units", details("onHand", newOnHand, "reserved", reserved));
        }
        long delta = newOnHand - onHand;
        if (delta == 0 && safety == safetyStock && threshold == lowStockThreshold) {
            return 0;
        }
        onHand = newOnHand;
        safetyStock = safety;
        lowStockThreshold = threshold;
        version++;
        return delta;
    }

    /**
     * Repairs drift: sets on hand and reserved to what the ledger and the active reservations say they are.
     *
     * @throws IllegalStateException when those values cannot form a level (reserved above on hand, negatives)
     */
    public void reconcile(long expectedOnHand, long expectedReserved) {
        if (expectedReserved < 0 || expectedReserved > expectedOnHand) {
            throw new IllegalStateException("cannot reconcile " + sku + "@" + warehouseCode + " to on hand "
                    + expectedOnHand + " and reserved " + expectedReserved);
        }
        if (expectedOnHand == onHand && expectedReserved == reserved) {
            return;
        }
        onHand = expectedOnHand;
        reserved = expectedReserved;
        version++;
    }

    /** What can still be promised: never negative, even when safety stock exceeds the unreserved units. */
    public long available() {
        return Math.max(0, onHand - reserved - safetyStock);
    }

    /** Low when a threshold is set (above 0) and what is available has fallen to it. */
    public boolean isLow() {
        return lowStockThreshold > 0 && available() <= lowStockThreshold;
    }

    public boolean changed() {
        return version != loadedVersion;
    }

    public LevelKey key() {
        return new LevelKey(sku, warehouseId);
    }

    public String sku() {
        return sku;
    }

    public UUID warehouseId() {
        return warehouseId;
    }

    public String warehouseCode() {
        return warehouseCode;
    }

    public long onHand() {
        return onHand;
    }

    public long reserved() {
        return reserved;
    }

    public long safetyStock() {
        return safetyStock;
    }

    public long lowStockThreshold() {
        return lowStockThreshold;
    }

    public long version() {
        return version;
    }

    /** The version this level had when it was loaded; persistence updates only that version. */
    public long loadedVersion() {
        return loadedVersion;
    }

    private void requireReserved(long quantity) {
        if (quantity > reserved) {
            throw new IllegalStateException(quantity + " units of " + sku + " in " + warehouseCode
                    + " are not reserved (reserved: " + reserved + ")");
        }
    }

    private static void requirePositive(long quantity) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive");
        }
    }

    private Map<String, Object> details(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("sku", sku);
        map.put("warehouseId", warehouseId);
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
