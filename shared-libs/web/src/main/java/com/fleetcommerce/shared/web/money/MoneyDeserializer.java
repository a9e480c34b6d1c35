package com.fleetcommerce.shared.web.money;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Strict reading of {@code {"amount": "12.50", "currency": "USD"}}: the amount must be a string (a JSON number may
 * already have passed through a double on the client), and every error is an {@link InvalidMoneyException} naming
 * the member at fault, which the web layer turns into a field-level 400.
 */
final class MoneyDeserializer extends ValueDeserializer<Money> {

    @Override
    public Money deserialize(JsonParser p, DeserializationContext context) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw new InvalidMoneyException(null,
                    "must be an object such as {\"amount\": \"12.50\", \"currency\": \"USD\"}");
        }
        String amount = null;
        String currency = null;
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            JsonToken token = p.nextToken();
            switch (name) {
                case "amount" -> amount = text(token, p, InvalidMoneyException.AMOUNT,
                        "amount must be a string such as \"12.50\"");
                case "currency" -> currency = text(token, p, InvalidMoneyException.CURRENCY,
                        "currency must be a string such as \"USD\"");
                default -> throw new InvalidMoneyException(name, "is not a known property of money");
            }
        }
        if (amount == null) {
            throw new InvalidMoneyException(InvalidMoneyException.AMOUNT, "amount is required");
        }
        if (currency == null) {
            throw new InvalidMoneyException(InvalidMoneyException.CURRENCY, "currency is required");
        }
        return Money.of(amount, currency);
    }

    private static String text(JsonToken token, JsonParser p, String part, String message) {
        if (token != JsonToken.VALUE_STRING) {
            throw new InvalidMoneyException(part, message);
        }
        return p.getString();
    }
}
