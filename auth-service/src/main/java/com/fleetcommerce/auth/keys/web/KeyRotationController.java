package com.fleetcommerce.auth.keys.web;

import java.util.Map;

import com.fleetcommerce.auth.keys.application.SigningKeys;
import com.fleetcommerce.shared.security.method.RequiresPermission;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class KeyRotationController {

    private final SigningKeys keys;

    KeyRotationController(SigningKeys keys) {
        this.keys = keys;
    }

    /** Rotates at once (e.g. after a suspected leak); tokens signed by the old key stay valid until they expire. */
    @PostMapping("/api/v1/auth/keys/rotate")
    @RequiresPermission("auth:keys:manage")
    Map<String, String> rotate() {
        return Map.of("kid", keys.rotate());
    }
}
