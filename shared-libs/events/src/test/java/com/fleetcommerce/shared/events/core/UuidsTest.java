package com.fleetcommerce.shared.events.core;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UuidsTest {

    @Test
    void generatesVersion7WithRfcVariantAndCurrentTimestamp() {
        long before = System.currentTimeMillis();
        UUID id = Uuids.v7();
        long after = System.currentTimeMillis();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        // the counter may borrow a millisecond or two when many ids were made in the same millisecond
        assertThat(Uuids.timestampMillis(id)).isBetween(before, after + 5);
    }

    @Test
    void idsAreStrictlyIncreasingEvenWithinOneMillisecond() {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            ids.add(Uuids.v7());
        }
        for (int i = 1; i < ids.size(); i++) {
            // the string form sorts like the 128-bit value, which is how databases order uuid columns
            assertThat(ids.get(i).toString()).isGreaterThan(ids.get(i - 1).toString());
        }
    }
}
