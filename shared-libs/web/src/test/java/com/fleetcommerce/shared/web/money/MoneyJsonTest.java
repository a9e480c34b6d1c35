package com.fleetcommerce.shared.web.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The module on a bare mapper: the JSON shape itself. */
class MoneyJsonTest {

    private final JsonMapper mapper = JsonMapper.builder().addModule(new MoneyJacksonModule()).build();

    record Line(Money price) {
    }

    @Test
    void writesAmountAsAPlainStringAndTheCurrencyCode() {
        assertThat(mapper.writeValueAsString(Money.of("12.5", "USD")))
                .isEqualTo("{\"amount\":\"12.50\",\"currency\":\"USD\"}");
        assertThat(mapper.writeValueAsString(Money.of("1E+6", "VND")))
                .isEqualTo("{\"amount\":\"1000000\",\"currency\":\"VND\"}");
    }

    @Test
    void roundTripsExactly() {
        for (Money money : new Money[] { Money.of("0.10", "USD"), Money.of("199000", "VND"), Money.of("1.234", "BHD"),
                Money.of("-5", "JPY") }) {
            assertThat(mapper.readValue(mapper.writeValueAsString(money), Money.class)).isEqualTo(money);
        }
    }

    @Test
    void readsInsideOtherObjects() {
        Line line = mapper.readValue("{\"price\": {\"currency\": \"USD\", \"amount\": \"3.5\"}}", Line.class);

        assertThat(line.price()).isEqualTo(Money.of("3.50", "USD"));
    }

    @Test
    void refusesNumbersForTheAmount() {
        assertThatThrownBy(() -> mapper.readValue("{\"amount\": 12.5, \"currency\": \"USD\"}", Money.class))
                .satisfies(ex -> assertThat(innermost(ex)).isInstanceOf(InvalidMoneyException.class)
                        .hasMessageContaining("must be a string"));
    }

    @Test
    void refusesMissingAndUnknownMembers() {
        assertThatThrownBy(() -> mapper.readValue("{\"amount\": \"1\"}", Money.class))
                .satisfies(ex -> assertThat(innermost(ex)).hasMessage("currency is required"));
        assertThatThrownBy(() -> mapper.readValue("{\"amount\": \"1\", \"currency\": \"USD\", \"fx\": \"1\"}",
                Money.class)).satisfies(ex -> assertThat(innermost(ex)).isInstanceOf(InvalidMoneyException.class));
    }

    private static Throwable innermost(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
