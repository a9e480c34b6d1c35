package com.fleetcommerce.shared.web.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdempotencyKeyValidationTest {

    @Test
    void printableAsciiOfOneTo255CharactersIsValid() {
        assertThat(IdempotencyFilter.isValidKey("a")).isTrue();
        assertThat(IdempotencyFilter.isValidKey("0192f5c2-7c1e-7b3a-9d2e-1f0a2b3c4d5e")).isTrue();
        assertThat(IdempotencyFilter.isValidKey("order 42/retry#1")).isTrue();
        assertThat(IdempotencyFilter.isValidKey("x".repeat(255))).isTrue();
    }

    @Test
    void emptyLongAndNonPrintableKeysAreInvalid() {
        assertThat(IdempotencyFilter.isValidKey("")).isFalse();
        assertThat(IdempotencyFilter.isValidKey("   ")).isFalse();
        assertThat(IdempotencyFilter.isValidKey("x".repeat(256))).isFalse();
        assertThat(IdempotencyFilter.isValidKey("tab\there")).isFalse();
        assertThat(IdempotencyFilter.isValidKey("caf\u00e9")).isFalse();
        assertThat(IdempotencyFilter.isValidKey("nul\u0000")).isFalse();
    }
}
