package com.fleetcommerce.shared.events.core;

import java.time.Instant;
import java.util.Map;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CloudEventCodecTest {

    @Test
    void writesBinaryModeHeadersAndReadsThemBack() {
        CloudEvent event = new CloudEvent("0192f0c1-0000-7000-8000-000000000001", "warehouse.stock.changed.v1",
                "/warehouse-service", Instant.parse("2025-03-01T10:15:30.123456Z"), "sku-1");
        RecordHeaders headers = new RecordHeaders();

        CloudEventCodec.write(event, Map.of("traceparent", "00-abc-def-01", "ce_id", "forged"), headers);

        assertThat(CloudEventCodec.lastValue(headers, "ce_specversion")).isEqualTo("1.0");
        assertThat(CloudEventCodec.lastValue(headers, "ce_time")).isEqualTo("2025-03-01T10:15:30.123456Z");
        assertThat(CloudEventCodec.lastValue(headers, "content-type")).isEqualTo("application/json");
        assertThat(CloudEventCodec.lastValue(headers, "traceparent")).isEqualTo("00-abc-def-01");
        assertThat(CloudEventCodec.lastValue(headers, "ce_id")).as("extensions cannot shadow attributes")
                .isEqualTo(event.id());
        assertThat(CloudEventCodec.read(headers)).isEqualTo(event);
    }

    @Test
    void acceptsRfc3339TimesWithAnOffset() {
        assertThat(CloudEventCodec.parseTime("2025-03-01T12:15:30+02:00")).isEqualTo(Instant.parse("2025-03-01T10:15:30Z"));
    }

    @Test
    void rejectsRecordsWithoutTheRequiredAttributes() {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_specversion", "1.0".getBytes());
        headers.add("ce_type", "a.b.c.v1".getBytes());

        assertThatThrownBy(() -> CloudEventCodec.read(headers)).isInstanceOf(EventFormatException.class)
                .hasMessageContaining("ce_id");
        assertThatThrownBy(() -> CloudEventCodec.read(new RecordHeaders())).isInstanceOf(EventFormatException.class)
                .hasMessageContaining("ce_specversion");
    }
}
