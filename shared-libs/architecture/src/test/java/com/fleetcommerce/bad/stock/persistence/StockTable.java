package com.fleetcommerce.bad.stock.persistence;

public class StockTable {
    com.fleetcommerce.bad.orders.Order reservedFor;
}
