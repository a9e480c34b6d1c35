package com.fleetcommerce.auth.keys.application;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Rotates the signing key when it is older than {@code platform.auth.key-rotation-interval} and retires rotated keys
 * no valid token can need. Safe on every replica at once: the work runs under a PostgreSQL advisory lock and re-checks.
 */
@Component
class KeyRotationJob {

    private final SigningKeys keys;

    KeyRotationJob(SigningKeys keys) {
        this.keys = keys;
    }

    @Scheduled(fixedDelayString = "${platform.auth.key-rotation-check:1h}",
            initialDelayString = "${platform.auth.key-rotation-check:1h}")
    void check() {
        keys.rotateIfDueAndRetire();
    }
}
