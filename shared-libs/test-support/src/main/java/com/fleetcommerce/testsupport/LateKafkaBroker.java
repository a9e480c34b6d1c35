package com.fleetcommerce.testsupport;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * A real in-JVM Kafka broker whose address is known before it runs, for "the broker is down, then comes back"
 * tests: point {@code spring.kafka.bootstrap-servers} at {@link #bootstrapServers()}, prove what happens while
 * nothing listens there, then {@link #start()} it.
 *
 * <p>{@code kafkaPorts(...)} is a no-op for the KRaft test broker (its kit pre-binds random ports for the listeners
 * it knows), so the fixed port is an extra listener the kit does not pre-bind; clients bootstrapping through it are
 * given its address back in the metadata.
 */
public final class LateKafkaBroker implements AutoCloseable {

    private final int port = freePort();
    private EmbeddedKafkaKraftBroker broker;

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public synchronized void start() {
        if (broker != null) {
            return;
        }
        broker = new EmbeddedKafkaKraftBroker(1, 3);
        // By default the kit writes its address into the JVM-wide spring.kafka.bootstrap-servers system property,
        // which would redirect every other cached test context of the JVM to this broker.
        broker.brokerListProperty("fleet.test.late-kafka-broker");
        broker.brokerProperties(Map.of(
                "listeners", "EXTERNAL://localhost:0,CONTROLLER://localhost:0,FIXED://localhost:" + port,
                "listener.security.protocol.map", "EXTERNAL:PLAINTEXT,CONTROLLER:PLAINTEXT,FIXED:PLAINTEXT",
                "auto.create.topics.enable", "true"));
        broker.afterPropertiesSet();
    }

    public synchronized boolean running() {
        return broker != null;
    }

    @Override
    public synchronized void close() {
        if (broker != null) {
            broker.destroy();
            broker = null;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
