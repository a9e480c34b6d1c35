package com.fleetcommerce.good.stock.persistence;

import com.fleetcommerce.good.stock.domain.StockLevel;

public class StockRepository {
    public StockLevel find(String sku) {
        return new StockLevel(sku, 1);
    }
}
