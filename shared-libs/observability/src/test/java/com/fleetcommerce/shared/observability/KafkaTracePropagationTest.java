package com.fleetcommerce.shared.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.fleetcommerce.testsupport.WithEmbeddedKafka;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.tracing.test.autoconfigure.AutoConfigureTracing;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * With nothing but this library's defaults, a trace started by a producer continues in the consumer: the template
 * writes a W3C {@code traceparent} record header and the listener's handler runs inside the same trace.
 */
@SpringBootTest(classes = {ObservabilityTestApplication.class, KafkaTracePropagationTest.ProbeListener.class},
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
                "spring.application.name=observability-kafka",
                "spring.kafka.consumer.group-id=observability-probe",
                "spring.kafka.consumer.auto-offset-reset=earliest" })
@WithEmbeddedKafka
@AutoConfigureTracing
class KafkaTracePropagationTest {

    static final String TOPIC = "observability.probe";

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    ObservationRegistry observations;

    @Autowired
    ProbeListener listener;

    @Test
    void traceIdFlowsFromProducerToConsumer() throws Exception {
        String[] producerTraceId = new String[1];
        Observation.createNotStarted("probe.publish", observations).observeChecked(() -> {
            producerTraceId[0] = TraceIds.current().orElseThrow();
            kafka.send(TOPIC, "key-1", "hello").get(10, TimeUnit.SECONDS);
        });

        Received received = listener.received.poll(Duration.ofSeconds(30).toSeconds(), TimeUnit.SECONDS);

        assertThat(received).as("record consumed").isNotNull();
        assertThat(received.traceparent()).contains(producerTraceId[0]);
        assertThat(received.traceIdInHandler()).isEqualTo(producerTraceId[0]);
    }

    record Received(String traceparent, String traceIdInHandler) {
    }

    @TestConfiguration
    static class ProbeListener {

        final BlockingQueue<Received> received = new LinkedBlockingQueue<>();

        @KafkaListener(topics = TOPIC)
        void on(ConsumerRecord<String, String> record) {
            Header traceparent = record.headers().lastHeader("traceparent");
            received.add(new Received(
                    traceparent == null ? "" : new String(traceparent.value(), StandardCharsets.UTF_8),
                    TraceIds.current().orElse("")));
        }
    }
}
