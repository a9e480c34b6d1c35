package com.fleetcommerce.shared.web.testapp;

import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SecuredTestController {

    @GetMapping("/test/secured/profile")
    Map<String, Object> profile() {
        return Map.of("ok", true);
    }

    @GetMapping("/test/secured/admin")
    Map<String, Object> admin() {
        return Map.of("ok", true);
    }
}
