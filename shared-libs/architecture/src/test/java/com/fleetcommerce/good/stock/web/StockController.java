package com.fleetcommerce.good.stock.web;

import com.fleetcommerce.good.stock.application.StockService;

public class StockController {
    private final StockService service = new StockService();

    public int onHand(String sku) {
        return service.get(sku).onHand();
    }
}
