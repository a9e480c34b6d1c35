package com.fleetcommerce.shared.web.money;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/** The amount is written as a string in plain notation: JSON numbers become doubles in too many clients. */
final class MoneySerializer extends ValueSerializer<Money> {

    @Override
    public void serialize(Money value, JsonGenerator gen, SerializationContext context) {
        gen.writeStartObject(value);
        gen.writeStringProperty("amount", value.amountText());
        gen.writeStringProperty("currency", value.currencyCode());
        gen.writeEndObject();
    }
}
