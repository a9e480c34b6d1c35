package com.fleetcommerce.bad.orders;

public class Order {
    com.fleetcommerce.bad.stock.persistence.StockTable stock;
}
