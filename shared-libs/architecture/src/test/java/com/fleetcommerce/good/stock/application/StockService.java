package com.fleetcommerce.good.stock.application;

import com.fleetcommerce.good.stock.domain.StockLevel;
import com.fleetcommerce.good.stock.persistence.StockRepository;

public class StockService {
    private final StockRepository repository = new StockRepository();

    public StockLevel get(String sku) {
        return repository.find(sku);
    }
}
