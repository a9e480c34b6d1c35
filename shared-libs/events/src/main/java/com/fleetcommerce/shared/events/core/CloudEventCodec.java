package com.fleetcommerce.shared.events.core;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/** Writes and reads the CloudEvents binary-mode headers of a Kafka record. */
public final class CloudEventCodec {

    private CloudEventCodec() {
    }

    /** Adds the {@code ce_*} headers and {@code content-type: application/json}, plus any extension headers. */
    public static void write(CloudEvent event, Map<String, String> extensions, Headers headers) {
        put(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        put(headers, CloudEventHeaders.ID, event.id());
        put(headers, CloudEventHeaders.TYPE, event.type());
        put(headers, CloudEventHeaders.SOURCE, event.source());
        put(headers, CloudEventHeaders.TIME, formatTime(event.time()));
        if (event.subject() != null) {
            put(headers, CloudEventHeaders.SUBJECT, event.subject());
        }
        put(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON_CONTENT_TYPE);
        extensions.forEach((name, value) -> {
            // never let a stored extension shadow an attribute we just wrote
            if (value != null && !name.startsWith("ce_") && !name.equals(CloudEventHeaders.CONTENT_TYPE)) {
                put(headers, name, value);
            }
        });
    }

    /**
     * Reads the context attributes.
     *
     * @throws EventFormatException when a required attribute is missing or malformed (the record can never be
     *                              processed, so retrying is pointless)
     */
    public static CloudEvent read(Headers headers) {
        String specVersion = lastValue(headers, CloudEventHeaders.SPEC_VERSION);
        if (!CloudEventHeaders.SPEC_VERSION_VALUE.equals(specVersion)) {
            throw new EventFormatException("unsupported or missing " + CloudEventHeaders.SPEC_VERSION + ": " + specVersion);
        }
        String id = required(headers, CloudEventHeaders.ID);
        String type = required(headers, CloudEventHeaders.TYPE);
        String source = required(headers, CloudEventHeaders.SOURCE);
        String time = required(headers, CloudEventHeaders.TIME);
        return new CloudEvent(id, type, source, parseTime(time), lastValue(headers, CloudEventHeaders.SUBJECT));
    }

    /** The UTF-8 value of the last header with this name, or {@code null}. */
    public static String lastValue(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** RFC 3339 in UTC ({@code 2025-01-31T10:15:30.123456Z}). */
    public static String formatTime(Instant time) {
        return DateTimeFormatter.ISO_INSTANT.format(time);
    }

    public static Instant parseTime(String value) {
        try {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(value, Instant::from);
        } catch (DateTimeParseException e) {
            throw new EventFormatException("malformed " + CloudEventHeaders.TIME + ": " + value, e);
        }
    }

    private static String required(Headers headers, String name) {
        String value = lastValue(headers, name);
        if (value == null || value.isBlank()) {
            throw new EventFormatException("missing CloudEvents header " + name);
        }
        return value;
    }

    private static void put(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
