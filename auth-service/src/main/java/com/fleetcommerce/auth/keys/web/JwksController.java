package com.fleetcommerce.auth.keys.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fleetcommerce.auth.config.AuthProperties;
import com.fleetcommerce.auth.keys.application.SigningKeys;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The public key set every resource server reads, and the OpenID-style discovery document. */
@RestController
class JwksController {

    private final SigningKeys keys;
    private final AuthProperties properties;

    JwksController(SigningKeys keys, AuthProperties properties) {
        this.keys = keys;
        this.properties = properties;
    }

    /** Short cache: verifiers refetch on an unknown kid anyway, and a rotation must spread within minutes. */
    @GetMapping(value = "/oauth2/jwks", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> jwks() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic())
                .body(keys.publicKeys().toJSONObject(true));
    }

    @GetMapping(value = "/.well-known/openid-configuration", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> discovery() {
        String issuer = properties.issuer();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("issuer", issuer);
        document.put("jwks_uri", issuer + "/oauth2/jwks");
        document.put("token_endpoint", issuer + "/oauth2/token");
        document.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post"));
        document.put("grant_types_supported", List.of("client_credentials"));
        document.put("response_types_supported", List.of("token"));
        document.put("subject_types_supported", List.of("public"));
        document.put("id_token_signing_alg_values_supported", List.of("RS256"));
        document.put("token_endpoint_auth_signing_alg_values_supported", List.of("RS256"));
        document.put("claims_supported", List.of("iss", "sub", "aud", "exp", "nbf", "iat", "jti", "account_type",
                "roles", "permissions", "sid", "scope", "warehouses"));
        return document;
    }
}
