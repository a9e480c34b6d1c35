package com.fleetcommerce.bad.stock.domain;

import org.springframework.stereotype.Component;

@Component
public class LeakyStock {
    public com.fleetcommerce.bad.stock.web.StockDto toDto() {
        return new com.fleetcommerce.bad.stock.web.StockDto();
    }
}
