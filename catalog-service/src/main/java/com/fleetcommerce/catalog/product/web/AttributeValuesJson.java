package com.fleetcommerce.catalog.product.web;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fleetcommerce.catalog.attribute.domain.Measure;
import tools.jackson.databind.JsonNode;

/**
 * Reads {@code "attributes": {"material": "cotton", "weight": 180, "length": {"value": 30, "unit": "cm"}}} into
 * the plain values the attribute check understands. Anything else is handed on as it is, so the check refuses it
 * as the wrong type on {@code attributes.<code>} instead of failing the whole body.
 */
final class AttributeValuesJson {

    private AttributeValuesJson() {
    }

    static Map<String, Object> toRaw(Map<String, JsonNode> json) {
        if (json == null) {
            return null;
        }
        Map<String, Object> raw = new LinkedHashMap<>();
        json.forEach((code, node) -> raw.put(code, value(node)));
        return raw;
    }

    private static Object value(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isString()) {
            return node.stringValue();
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isObject() && node.path("value").isNumber()
                && (node.size() == 1 || node.size() == 2 && node.path("unit").isString())) {
            return new Measure(node.path("value").decimalValue(),
                    node.path("unit").isString() ? node.path("unit").stringValue() : null);
        }
        return node;
    }
}
