package com.fleetcommerce.shared.web.money;

import tools.jackson.databind.module.SimpleModule;

/** Jackson 3 (de)serialisation of {@link Money} as {@code {"amount": "12.50", "currency": "USD"}}. */
public class MoneyJacksonModule extends SimpleModule {

    public MoneyJacksonModule() {
        super("fleetcommerce-money");
        addSerializer(Money.class, new MoneySerializer());
        addDeserializer(Money.class, new MoneyDeserializer());
    }
}
