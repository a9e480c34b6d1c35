package com.fleetcommerce.warehouse.stock.application;

import com.fleetcommerce.warehouse.stock.domain.StockLevel;

/** Both legs of a transfer after it committed. */
public record TransferResult(StockLevel from, StockLevel to) {
}
