package com.fleetcommerce.good.stock.domain;

public record StockLevel(String sku, int onHand) {
}
