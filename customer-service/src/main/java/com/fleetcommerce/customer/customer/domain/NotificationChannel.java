package com.fleetcommerce.customer.customer.domain;

public enum NotificationChannel {
    EMAIL, SMS, PUSH
}
