package com.fleetcommerce.gateway;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import com.fleetcommerce.testsupport.TestJwtBuilder;
import com.fleetcommerce.testsupport.TestJwts;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.ClientRequest;

/** Talks to the gateway under test over HTTP. */
public final class GatewayClient {

    private GatewayClient() {
    }

    /**
     * Each request without its own {@code X-Forwarded-For} comes from a random documentation address (the test
     * client is a trusted proxy: 127.0.0.1), so tests never share the anonymous per-IP rate limit by accident.
     */
    public static WebTestClient of(int port) {
        return WebTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(20))
                .filter((request, next) -> next.exchange(request.headers().containsHeader("X-Forwarded-For") ? request
                        : ClientRequest.from(request).header("X-Forwarded-For", randomIp()).build()))
                .build();
    }

    public static String randomIp() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198.51." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    /** A customer token of the test issuer, for the platform's audience. */
    public static TestJwtBuilder customer() {
        return TestJwts.customer();
    }

    public static TestJwtBuilder customer(String subject) {
        return TestJwts.customer(subject);
    }

    public static TestJwtBuilder staff() {
        return TestJwts.staff();
    }
}
