package com.fleetcommerce.shared.web.testapp;

import com.fleetcommerce.shared.web.money.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MoneyTestController {

    record PriceRequest(@NotNull Money price, int quantity) {
    }

    record PriceResponse(Money price, Money lineTotal) {
    }

    @PostMapping("/test/money/line-total")
    PriceResponse lineTotal(@Valid @RequestBody PriceRequest request) {
        return new PriceResponse(request.price(), request.price().times(request.quantity()));
    }
}
