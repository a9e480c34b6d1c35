package com.fleetcommerce.warehouse.reconciliation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.fleetcommerce.warehouse.stock.domain.LevelKey;
import org.junit.jupiter.api.Test;

class LevelDriftTest {

    private static LevelDrift drift(long onHand, long expectedOnHand, long reserved, long expectedReserved) {
        return new LevelDrift(new LevelKey("SKU-1", UUID.randomUUID()), "HN-01", onHand, expectedOnHand, reserved,
                expectedReserved);
    }

    @Test
    void correctionsAreWhatTheRepairAddsToEachColumn() {
        LevelDrift drift = drift(42, 50, 2, 5);
        assertThat(drift.drifted()).isTrue();
        assertThat(drift.repairable()).isTrue();
        assertThat(drift.onHandCorrection()).isEqualTo(8);
        assertThat(drift.reservedCorrection()).isEqualTo(3);
        assertThat(drift(10, 10, 3, 3).drifted()).isFalse();
    }

    @Test
    void expectedValuesThatCannotFormALevelAreNotRepaired() {
        assertThat(drift(10, 4, 3, 5).repairable()).isFalse();
        assertThat(drift(10, -2, 0, 0).repairable()).isFalse();
    }
}
