package com.fleetcommerce.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.shared.security.HttpProbe.Response;
import com.fleetcommerce.testsupport.TestJwts;
import com.fleetcommerce.testsupport.WithTestJwtIssuer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The resource server over real HTTP: tokens minted by test-support and validated through its JWKS endpoint, exactly
 * as a service validates auth-service's.
 */
@SpringBootTest(classes = SecurityTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "platform.security.public-paths=GET:/api/v1/products/**,/api/v1/categories/**")
@WithTestJwtIssuer
class ResourceServerSecurityTest {

    private static final String STAFF_ID = "0192f0c1-7a4e-7cc3-9d2b-5f8e6a1b2c3d";

    @LocalServerPort
    int port;

    HttpProbe http;

    @BeforeEach
    void client() {
        http = new HttpProbe(port);
    }

    @Test
    void requestWithoutTokenIsAnUnauthenticatedProblemWithTraceId() {
        Response response = http.get("/api/v1/me", null);

        assertUnauthenticated(response);
        // a bare challenge: no token, so no error code (RFC 6750 section 3.1)
        assertThat(response.headers().getFirst("WWW-Authenticate")).startsWith("Bearer").doesNotContain("error=");
        assertThat(response.json())
                .containsEntry("type", "https://errors.fleetcommerce.dev/unauthenticated")
                .containsEntry("title", "Authentication required")
                .containsEntry("detail", "Authentication is required to access this resource.")
                .containsEntry("instance", "/api/v1/me");
        assertThat(response.json().get("traceId")).isEqualTo(response.headers().getFirst("X-Trace-Id"));
    }

    @Test
    void tokenSignedByAnotherKeyIsRejected() {
        Response response = http.get("/api/v1/me", TestJwts.staff(STAFF_ID).tokenSignedWithUnknownKey());

        assertUnauthenticated(response);
        assertThat(response.headers().getFirst("WWW-Authenticate")).contains("error=\"invalid_token\"");
        assertThat(response.json()).containsEntry("detail", "The credentials are invalid or have expired.")
                .containsEntry("type", "https://errors.fleetcommerce.dev/unauthenticated");
    }

    @Test
    void expiredTokenIsRejected() {
        assertUnauthenticated(http.get("/api/v1/me", TestJwts.staff(STAFF_ID).expired().token()));
    }

    @Test
    void hmacSignedTokenIsRejectedEvenWithTheRightKeyId() {
        String hs256 = TestJwts.staff(STAFF_ID).permissions("inventory:write")
                .tokenSignedWithHmac("a-shared-secret-that-is-long-enough-for-hs256");

        assertUnauthenticated(http.post("/api/v1/stock-adjustments", hs256));
    }

    @Test
    void unsignedTokenIsRejected() {
        assertUnauthenticated(http.get("/api/v1/me", TestJwts.staff(STAFF_ID).tokenWithAlgNone()));
    }

    @Test
    void hs256SignedWithThePublishedPublicKeyIsRejected() {
        assertUnauthenticated(http.get("/api/v1/me",
                TestJwts.staff(STAFF_ID).tokenSignedWithThePublicKeyAsHmacSecret()));
    }

    @Test
    void tokenNotYetValidIsRejected() {
        assertUnauthenticated(http.get("/api/v1/me",
                TestJwts.staff(STAFF_ID).notBefore(java.time.Instant.now().plusSeconds(600)).token()));
    }

    @Test
    void tokenOfAnotherIssuerIsRejectedEvenWithTheRightKey() {
        assertUnauthenticated(http.get("/api/v1/me",
                TestJwts.staff(STAFF_ID).issuer("http://somebody-else.test").token()));
    }

    @Test
    void tokenForAnotherAudienceOrWithoutOneIsRejected() {
        assertUnauthenticated(http.get("/api/v1/me", TestJwts.staff(STAFF_ID).audience("another-platform").token()));
        assertUnauthenticated(http.get("/api/v1/me", TestJwts.staff(STAFF_ID).audience().token()));
    }

    @Test
    void tamperedPayloadIsRejected() {
        assertUnauthenticated(http.get("/api/v1/me",
                TestJwts.staff(STAFF_ID).tamperedToken("permissions", java.util.List.of("inventory:write"))));
    }

    @Test
    void theSameTokenWithTheRightIssuerAndAudienceIsAccepted() {
        // the control for the rejections above: only the one claim differs
        assertThat(http.get("/api/v1/me", TestJwts.staff(STAFF_ID).token()).status()).isEqualTo(200);
    }

    @Test
    void tokenWithoutAccountTypeIsRejected() {
        assertUnauthenticated(http.get("/api/v1/me", TestJwts.staff(STAFF_ID).withoutAccountType().token()));
    }

    @Test
    void tokenWithUnknownAccountTypeIsRejected() {
        assertUnauthenticated(http.get("/api/v1/me", TestJwts.staff(STAFF_ID).claim("account_type", "robot").token()));
    }

    @Test
    void staffWithoutThePermissionGetsAnAccessDeniedProblem() {
        Response response = http.post("/api/v1/stock-adjustments",
                TestJwts.staff(STAFF_ID).permissions("inventory:read").token());

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json())
                .containsEntry("status", 403)
                .containsEntry("code", "access-denied")
                .containsEntry("type", "https://errors.fleetcommerce.dev/access-denied")
                .containsEntry("instance", "/api/v1/stock-adjustments");
        assertThat(response.json().get("traceId")).asString().matches("[0-9a-f]{32}");
        // RFC 6750 section 3.1: the token was fine, its privileges were not
        assertThat(response.headers().getFirst("WWW-Authenticate")).startsWith("Bearer")
                .contains("error=\"insufficient_scope\"");
    }

    @Test
    void staffWithThePermissionGetsInAndTheHandlerSeesTheWholePrincipal() {
        Response response = http.post("/api/v1/stock-adjustments", TestJwts.staff(STAFF_ID)
                .roles("warehouse-manager").permissions("inventory:write", "inventory:read").sessionId("s-42").token());

        assertThat(response.status()).isEqualTo(200);
        CallerView caller = response.caller();
        assertThat(caller.subject()).isEqualTo(STAFF_ID);
        assertThat(caller.accountType()).isEqualTo("STAFF");
        assertThat(caller.roles()).containsExactly("warehouse-manager");
        assertThat(caller.permissions()).containsExactlyInAnyOrder("inventory:write", "inventory:read");
        assertThat(caller.scopes()).isEmpty();
        assertThat(caller.sessionId()).isEqualTo("s-42");
        assertThat(caller.warehouses()).as("no claim: not limited to some warehouses").isEmpty();
        assertThat(caller.authenticationName()).isEqualTo(STAFF_ID);
        assertThat(caller.currentPrincipalSubject()).isEqualTo(STAFF_ID);
        assertThat(caller.authorities()).containsExactlyInAnyOrder(
                "inventory:write", "inventory:read", "ROLE_WAREHOUSE-MANAGER", "ACCOUNT_STAFF");
    }

    @Test
    void staffLimitedToSomeWarehousesCarriesThemAndAMalformedListIsRejected() {
        UUID hanoi = UUID.fromString("0198a1b2-0000-7000-8000-00000000a001");
        UUID danang = UUID.fromString("0198a1b2-0000-7000-8000-00000000a002");
        Response limited = http.post("/api/v1/stock-adjustments", TestJwts.staff(STAFF_ID)
                .permissions("inventory:write").warehouses(hanoi, danang).token());
        assertThat(limited.status()).isEqualTo(200);
        assertThat(limited.caller().warehouses()).containsExactlyInAnyOrder(hanoi, danang);

        assertThat(http.post("/api/v1/stock-adjustments", TestJwts.staff(STAFF_ID).permissions("inventory:write")
                .claim("warehouses", List.of("hanoi")).token()).status()).isEqualTo(401);
    }

    @Test
    void customerIsAuthenticatedButHoldsNoStaffPermission() {
        String customer = TestJwts.customer("0192f0c1-0000-7000-8000-000000000001").token();

        Response me = http.get("/api/v1/me", customer);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.caller().accountType()).isEqualTo("CUSTOMER");
        assertThat(me.caller().authorities()).containsExactly("ACCOUNT_CUSTOMER");

        assertThat(http.post("/api/v1/stock-adjustments", customer).status()).isEqualTo(403);
        assertThat(http.post("/api/v1/reservations", customer).status()).isEqualTo(403);
    }

    @Test
    void serviceTokenIsCheckedByScope() {
        String orderService = TestJwts.service("order-service").scopes("inventory.reserve", "catalog.read").token();

        Response reserved = http.post("/api/v1/reservations", orderService);

        assertThat(reserved.status()).isEqualTo(200);
        assertThat(reserved.caller().subject()).isEqualTo("order-service");
        assertThat(reserved.caller().accountType()).isEqualTo("SERVICE");
        assertThat(reserved.caller().scopes()).containsExactlyInAnyOrder("inventory.reserve", "catalog.read");
        assertThat(reserved.caller().authorities()).contains("SCOPE_inventory.reserve", "ACCOUNT_SERVICE");

        assertThat(http.post("/api/v1/reservations",
                TestJwts.service("review-service").scopes("catalog.read").token()).status()).isEqualTo(403);
        assertThat(http.post("/api/v1/reservations",
                TestJwts.staff(STAFF_ID).permissions("inventory:write").token()).status()).isEqualTo(403);
    }

    @Test
    void staffPermissionOrServiceScopeBothOpenTheSameOperation() {
        String path = "/api/v1/reservations/r-1/release";

        assertThat(http.post(path, TestJwts.staff(STAFF_ID).permissions("inventory:write").token()).status())
                .isEqualTo(200);
        assertThat(http.post(path, TestJwts.service("order-service").scopes("inventory.reserve").token()).status())
                .isEqualTo(200);
        assertThat(http.post(path, TestJwts.staff(STAFF_ID).permissions("inventory:read").token()).status())
                .isEqualTo(403);
        assertThat(http.post(path, TestJwts.customer().token()).status()).isEqualTo(403);
    }

    @Test
    void rolesBecomeRoleAuthoritiesAndAccountTypeIsCheckable() {
        assertThat(http.get("/api/v1/admin/settings", TestJwts.staff(STAFF_ID).roles("admin").token()).status())
                .isEqualTo(200);
        assertThat(http.get("/api/v1/admin/settings", TestJwts.staff(STAFF_ID).roles("support").token()).status())
                .isEqualTo(403);
        // the same role claim on a customer token does not make an administrator
        assertThat(http.get("/api/v1/admin/settings", TestJwts.customer().roles("admin").token()).status())
                .isEqualTo(403);
    }

    @Test
    void configuredPublicPathsAreOpenForTheirMethodsOnly() {
        Response product = http.get("/api/v1/products/p-1", null);
        assertThat(product.status()).isEqualTo(200);
        assertThat(product.json()).containsEntry("caller", "anonymous");

        assertUnauthenticated(http.post("/api/v1/products", null));

        assertThat(http.get("/api/v1/categories", null).status()).isEqualTo(200);
        assertThat(http.post("/api/v1/categories", null).status()).isEqualTo(200);
    }

    @Test
    void publicPathStillKnowsTheCallerWhenATokenIsSent() {
        Response product = http.get("/api/v1/products/p-1", TestJwts.customer("c-7").token());

        assertThat(product.json()).containsEntry("caller", "c-7");
    }

    @Test
    void healthAndInfoAreOpenOtherActuatorEndpointsAreNot() {
        Response health = http.get("/actuator/health/liveness", null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json()).containsEntry("status", "UP");
        assertThat(http.get("/actuator/health", null).status()).isEqualTo(200);
        assertThat(http.get("/actuator/info", null).status()).isEqualTo(200);
        assertThat(http.get("/actuator/prometheus", null).status()).isNotIn(401, 403);

        assertUnauthenticated(http.get("/actuator/metrics", null));
    }

    @Test
    void unknownPathWithoutTokenIsUnauthenticatedNotAnInformationLeak() {
        assertUnauthenticated(http.get("/api/v1/secret-things", null));
    }

    private static void assertUnauthenticated(Response response) {
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        Map<String, Object> problem = response.json();
        assertThat(problem).containsEntry("status", 401).containsEntry("code", "unauthenticated");
        assertThat(problem.get("traceId")).asString().matches("[0-9a-f]{32}");
        assertThat(response.headers().getFirst("WWW-Authenticate")).startsWith("Bearer");
    }
}
