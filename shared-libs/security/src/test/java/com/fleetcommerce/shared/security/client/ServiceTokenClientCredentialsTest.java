package com.fleetcommerce.shared.security.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.CompletableFuture;

import com.fleetcommerce.shared.security.CallerView;
import com.fleetcommerce.shared.security.SecurityTestApplication;
import com.fleetcommerce.testsupport.TestJwts;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * Service-to-service calls against a real OAuth2 server (mock-oauth2-server): the service fetches a
 * client-credentials token, calls a resource server that trusts that server's JWKS, and is seen there as a SERVICE
 * caller with its scopes. One token serves many calls.
 */
@SpringBootTest(classes = SecurityTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.security.oauth2.client.registration.platform-service.client-id=order-service",
                "spring.security.oauth2.client.registration.platform-service.client-secret=local-only-secret",
                "spring.security.oauth2.client.registration.platform-service.authorization-grant-type=client_credentials",
                "spring.security.oauth2.client.registration.platform-service.scope=inventory.reserve",
                "spring.security.oauth2.client.registration.platform-service.provider=platform-auth" })
@DirtiesContext
class ServiceTokenClientCredentialsTest {

    static final CountingServiceTokenCallback PLATFORM_TOKENS =
            new CountingServiceTokenCallback("platform", "inventory.reserve catalog.read", 3600);
    static final CountingServiceTokenCallback SHORT_LIVED_TOKENS =
            new CountingServiceTokenCallback("short-lived", "inventory.reserve", 30);

    static final MockOAuth2Server AUTH_SERVER = new MockOAuth2Server(new OAuth2Config(false, null, null, false,
            new OAuth2TokenProvider(), Set.of(PLATFORM_TOKENS, SHORT_LIVED_TOKENS)));

    @LocalServerPort
    int port;

    @Autowired
    ServiceTokenInterceptor serviceToken;

    @Autowired
    OAuth2AuthorizedClientManager manager;

    RestClient toOtherService;

    @DynamicPropertySource
    static void authServer(DynamicPropertyRegistry registry) {
        AUTH_SERVER.start();
        registry.add("spring.security.oauth2.client.provider.platform-auth.token-uri",
                () -> AUTH_SERVER.tokenEndpointUrl("platform").toString());
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
                () -> AUTH_SERVER.jwksUrl("platform").toString());
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri",
                () -> AUTH_SERVER.issuerUrl("platform").toString());
    }

    @AfterAll
    static void stopAuthServer() {
        AUTH_SERVER.shutdown();
    }

    @BeforeEach
    void client() {
        toOtherService = RestClient.builder().baseUrl("http://localhost:" + port)
                .requestInterceptor(serviceToken).build();
    }

    @Test
    void managerIsTheOneThatWorksOffRequestThreads() {
        assertThat(manager).isInstanceOf(AuthorizedClientServiceOAuth2AuthorizedClientManager.class);
    }

    @Test
    void calleeSeesAServicePrincipalWithScopesAndOneTokenServesManyCalls() {
        for (int call = 0; call < 3; call++) {
            CallerView caller = toOtherService.post().uri("/api/v1/reservations").retrieve().body(CallerView.class);

            assertThat(caller.subject()).isEqualTo("order-service");
            assertThat(caller.accountType()).isEqualTo("SERVICE");
            assertThat(caller.scopes()).containsExactlyInAnyOrder("inventory.reserve", "catalog.read");
            assertThat(caller.sessionId()).isNull();
        }
        CallerView fromAnotherThread = CompletableFuture.supplyAsync(() ->
                toOtherService.get().uri("/api/v1/me").retrieve().body(CallerView.class)).join();
        assertThat(fromAnotherThread.accountType()).isEqualTo("SERVICE");

        // cached by the authorized client service for the whole context, whichever test called first
        assertThat(PLATFORM_TOKENS.issued()).isEqualTo(1);
    }

    @Test
    void aUserTokenOnTheRequestIsReplacedNeverForwarded() {
        String userToken = TestJwts.staff("0192f0c1-7a4e-7cc3-9d2b-5f8e6a1b2c3d").permissions("inventory:write").token();

        CallerView caller = toOtherService.get().uri("/api/v1/me")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + userToken)
                .retrieve().body(CallerView.class);

        assertThat(caller.accountType()).isEqualTo("SERVICE");
        assertThat(caller.subject()).isEqualTo("order-service");
    }

    @Test
    void tokenCloseToExpiryIsReplacedBeforeItIsUsed() throws Exception {
        ClientRegistration shortLived = ClientRegistration.withRegistrationId(ServiceClientAutoConfiguration.REGISTRATION_ID)
                .clientId("order-service").clientSecret("local-only-secret")
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenUri(AUTH_SERVER.tokenEndpointUrl("short-lived").toString())
                .build();
        var registrations = new InMemoryClientRegistrationRepository(shortLived);
        var clients = new InMemoryOAuth2AuthorizedClientService(registrations);
        var shortLivedManager = new ServiceClientAutoConfiguration().serviceAuthorizedClientManager(registrations, clients);
        // mock-oauth2-server gives each issuer its own key id, so this issuer's tokens go to a recording downstream
        try (var downstream = new AuthorizationRecordingServer()) {
            RestClient client = RestClient.builder().baseUrl(downstream.baseUrl())
                    .requestInterceptor(new ServiceTokenInterceptor(shortLivedManager, clients,
                            ServiceClientAutoConfiguration.REGISTRATION_ID, "order-service"))
                    .build();

            client.get().uri("/first").retrieve().toBodilessEntity();
            client.get().uri("/second").retrieve().toBodilessEntity();

            // a 30 s token is inside the 60 s refresh margin: each call gets a fresh one
            assertThat(SHORT_LIVED_TOKENS.issued()).isEqualTo(2);
            assertThat(downstream.authorizations()).hasSize(2).allSatisfy(header -> assertThat(header).startsWith("Bearer "))
                    .doesNotHaveDuplicates();
        }
    }
}
