package com.fleetcommerce.warehouse.stock.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The two "set it to this" changes: a bulk upsert's stated level and reconciliation's repair. */
class StockLevelRestateTest {

    private static StockLevel level(long onHand, long reserved) {
        return StockLevel.restore("SKU-1", UUID.randomUUID(), "HN-01", onHand, reserved, 1, 2, 7);
    }

    @Test
    void restatingTakesOneVersionStepAndAnswersTheOnHandDelta() {
        StockLevel level = level(10, 3);
        assertThat(level.restate(25, 4L, 6L)).isEqualTo(15);
        assertThat(level.onHand()).isEqualTo(25);
        assertThat(level.safetyStock()).isEqualTo(4);
        assertThat(level.lowStockThreshold()).isEqualTo(6);
        assertThat(level.version()).isEqualTo(8);
    }

    @Test
    void restatingTheSameValuesChangesNothingAndMissingSettingsAreKept() {
        StockLevel level = level(10, 3);
        assertThat(level.restate(10, null, null)).isZero();
        assertThat(level.restate(10, 1L, 2L)).isZero();
        assertThat(level.changed()).isFalse();
        assertThat(level.version()).isEqualTo(7);
    }

    @Test
    void aSettingsOnlyRestateIsAChangeWithoutDelta() {
        StockLevel level = level(10, 3);
        assertThat(level.restate(10, 5L, null)).isZero();
        assertThat(level.changed()).isTrue();
        assertThat(level.lowStockThreshold()).isEqualTo(2);
    }

    @Test
    void restatingBelowReservedIsRefusedAndLeavesTheLevelAlone() {
        StockLevel level = level(10, 3);
        assertThatThrownBy(() -> level.restate(2, null, null)).isInstanceOf(StockRuleViolation.class)
                .extracting(e -> ((StockRuleViolation) e).code()).isEqualTo("stock-below-reserved");
        assertThat(level.onHand()).isEqualTo(10);
        assertThat(level.changed()).isFalse();
    }

    @Test
    void reconcilingSetsBothColumnsInOneStepAndRefusesImpossibleValues() {
        StockLevel level = level(10, 3);
        level.reconcile(12, 5);
        assertThat(level.onHand()).isEqualTo(12);
        assertThat(level.reserved()).isEqualTo(5);
        assertThat(level.version()).isEqualTo(8);
        level.reconcile(12, 5);
        assertThat(level.version()).isEqualTo(8);
        assertThatThrownBy(() -> level.reconcile(4, 5)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> level.reconcile(4, -1)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void reconciliationRowsMoveNeitherSumSoTheLedgerStillAddsUp() {
        assertThat(MovementType.RECONCILIATION.movesOnHand()).isFalse();
        assertThat(MovementType.RECONCILIATION.movesReserved()).isFalse();
    }
}
