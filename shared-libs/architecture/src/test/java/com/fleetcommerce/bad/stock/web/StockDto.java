package com.fleetcommerce.bad.stock.web;

public class StockDto {
    public Object shortcut() {
        return new com.fleetcommerce.bad.stock.persistence.StockTable();
    }
}
