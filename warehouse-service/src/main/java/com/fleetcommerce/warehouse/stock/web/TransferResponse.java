package com.fleetcommerce.warehouse.stock.web;

import com.fleetcommerce.warehouse.stock.application.TransferResult;

/** Both legs of a transfer. */
public record TransferResponse(StockLevelResponse from, StockLevelResponse to) {

    static TransferResponse from(TransferResult result) {
        return new TransferResponse(StockLevelResponse.from(result.from()), StockLevelResponse.from(result.to()));
    }
}
