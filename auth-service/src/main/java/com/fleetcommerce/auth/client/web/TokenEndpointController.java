package com.fleetcommerce.auth.client.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fleetcommerce.auth.client.application.ClientCredentials;
import com.fleetcommerce.auth.client.application.ClientCredentialsOutcome;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * RFC 6749 token endpoint, client-credentials grant only, for the fleet's services. Client authentication by HTTP
 * Basic (client_secret_basic: id and secret form-urlencoded, then base64, per RFC 6749 2.3.1) or in the form
 * (client_secret_post). Errors are RFC 6749 JSON, not problem documents: OAuth2 clients parse that format.
 */
@RestController
class TokenEndpointController {

    private final ClientCredentials clientCredentials;

    TokenEndpointController(ClientCredentials clientCredentials) {
        this.clientCredentials = clientCredentials;
    }

    @PostMapping(value = "/oauth2/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> token(@RequestBody MultiValueMap<String, String> form,
                                              @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        String grantType = single(form, "grant_type");
        if (grantType == null) {
            return error(HttpStatus.BAD_REQUEST, "invalid_request", "grant_type is required");
        }
        if (!"client_credentials".equals(grantType)) {
            return error(HttpStatus.BAD_REQUEST, "unsupported_grant_type", "Only client_credentials is supported");
        }
        String clientId;
        String secret;
        boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
        if (basic) {
            if (form.containsKey("client_secret")) {
                return error(HttpStatus.BAD_REQUEST, "invalid_request", "Use one client authentication method");
            }
            String[] credentials = basicCredentials(authorization);
            if (credentials == null) {
                return error(HttpStatus.UNAUTHORIZED, "invalid_client", "Malformed Basic credentials");
            }
            clientId = credentials[0];
            secret = credentials[1];
        } else {
            clientId = single(form, "client_id");
            secret = single(form, "client_secret");
        }
        ClientCredentialsOutcome outcome = clientCredentials.grant(clientId, secret, single(form, "scope"));
        if (!outcome.isGranted()) {
            HttpStatus status = "invalid_client".equals(outcome.error()) ? HttpStatus.UNAUTHORIZED : HttpStatus.BAD_REQUEST;
            return error(status, outcome.error(), outcome.errorDescription());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", outcome.token().value());
        body.put("token_type", "Bearer");
        body.put("expires_in", outcome.token().expiresIn());
        body.put("scope", String.join(" ", outcome.scopes()));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).header("Pragma", "no-cache").body(body);
    }

    /** A parameter given more than once is as bad as a missing one (RFC 6749 3.2). */
    private static String single(MultiValueMap<String, String> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.size() != 1 ? null : values.getFirst();
    }

    private static String[] basicCredentials(String authorization) {
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return null;
            }
            return new String[] {URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                    URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String error, String description) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("error_description", description);
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status).cacheControl(CacheControl.noStore());
        if (status == HttpStatus.UNAUTHORIZED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"fleetcommerce\"");
        }
        return response.body(body);
    }
}
