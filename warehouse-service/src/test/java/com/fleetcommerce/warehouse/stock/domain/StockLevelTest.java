package com.fleetcommerce.warehouse.stock.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;

class StockLevelTest {

    private static StockLevel level(long onHand, long reserved, long safety) {
        return StockLevel.restore("SKU-1", UUID.randomUUID(), "HN-01", onHand, reserved, safety, 0, 7);
    }

    @Test
    void availableIsOnHandMinusReservedMinusSafetyStockAndNeverNegative() {
        assertThat(level(10, 3, 2).available()).isEqualTo(5);
        assertThat(level(10, 8, 5).available()).isZero();
    }

    @Test
    void everyChangeRaisesTheVersionByOne() {
        StockLevel level = level(10, 0, 0);
        level.receive(5);
        level.reserve(3);
        level.commitReserved(2);
        level.release(1);
        level.adjust(-4);
        level.configure(1, 2);
        assertThat(level.version()).isEqualTo(13);
        assertThat(level.loadedVersion()).isEqualTo(7);
        assertThat(level.changed()).isTrue();
        assertThat(level.onHand()).isEqualTo(9);
        assertThat(level.reserved()).isZero();
        assertThat(level.available()).isEqualTo(8);
    }

    @Test
    void anAdjustmentNeverLeavesLessOnHandThanReserved() {
        StockLevel level = level(10, 6, 0);
        assertThatThrownBy(() -> level.adjust(-5))
                .isInstanceOfSatisfying(StockRuleViolation.class,
                        v -> assertThat(v.code()).isEqualTo("stock-below-reserved"));
        assertThat(level.onHand()).isEqualTo(10);
        assertThat(level.version()).isEqualTo(7);
        level.adjust(-4);
        assertThat(level.onHand()).isEqualTo(6);
        assertThatThrownBy(() -> level.adjust(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reservingMoreThanAvailableIsRefused() {
        StockLevel level = level(10, 2, 3);
        assertThatThrownBy(() -> level.reserve(6))
                .isInstanceOfSatisfying(StockRuleViolation.class,
                        v -> assertThat(v.code()).isEqualTo("insufficient-stock"));
        level.reserve(5);
        assertThat(level.available()).isZero();
    }

    @Test
    void onlyUnreservedUnitsCanBeTransferredOut() {
        StockLevel level = level(10, 7, 5);
        assertThatThrownBy(() -> level.transferOut(4)).isInstanceOf(StockRuleViolation.class);
        level.transferOut(3);
        assertThat(level.onHand()).isEqualTo(7);
    }

    @Test
    void releasingOrCommittingMoreThanReservedIsAProgrammingError() {
        StockLevel level = level(10, 2, 0);
        assertThatThrownBy(() -> level.release(3)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> level.commitReserved(3)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> level.receive(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lowWhenAThresholdIsSetAndAvailableFellToIt() {
        StockLevel level = StockLevel.restore("SKU-1", UUID.randomUUID(), "HN-01", 10, 0, 0, 0, 0);
        assertThat(level.isLow()).isFalse();
        level.configure(0, 10);
        assertThat(level.isLow()).isTrue();
        level.receive(1);
        assertThat(level.isLow()).isFalse();
    }

    @Test
    void movementTypesSayWhichColumnsTheyMove() {
        assertThat(MovementType.COMMIT.movesOnHand()).isTrue();
        assertThat(MovementType.COMMIT.movesReserved()).isTrue();
        assertThat(MovementType.RESERVE.movesOnHand()).isFalse();
        assertThat(MovementType.TRANSFER_IN.movesReserved()).isFalse();
    }

    @Test
    void skuFormat() {
        assertThat(Sku.isValid("TSHIRT-RED_M.2")).isTrue();
        assertThat(Sku.isValid("lower")).isFalse();
        assertThat(Sku.isValid("A".repeat(65))).isFalse();
        assertThat(Sku.isValid("")).isFalse();
    }
}
